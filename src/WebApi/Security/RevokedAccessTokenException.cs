using Microsoft.IdentityModel.Tokens;

namespace CleanBackend.WebApi.Security;

/// <summary>A well-signed, unexpired token whose security stamp is no longer the user's (or whose user is deactivated).</summary>
public sealed class RevokedAccessTokenException() : SecurityTokenException("The access token was revoked.");
