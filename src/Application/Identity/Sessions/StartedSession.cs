namespace CleanBackend.Application.Identity.Sessions;

/// <summary>A new session's id (for the access token's claim) and its first refresh token, for the client only.</summary>
public sealed record StartedSession(Guid Id, string RefreshToken);
