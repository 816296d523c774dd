namespace CleanBackend.Infrastructure.Identity;

/// <summary>The claims the access token carries; read back by the API's authentication.</summary>
public static class TokenClaimNames
{
    public const string Subject = "sub";
    public const string Username = "unique_name";
    public const string Role = "role";
    public const string SecurityStamp = "sstamp";

    /// <summary>The session (refresh-token family) the token was issued for (OpenID Connect's name); absent when it has none.</summary>
    public const string SessionId = "sid";
}
