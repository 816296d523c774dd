using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Sessions;

/// <summary>Starts a session on the calling device: login does, and so does a password change for the caller.</summary>
public sealed class SessionStarter(
    IRefreshTokenRepository refreshTokens,
    ISessionRepository sessions,
    IClientDevice clientDevice,
    ITokenService tokens)
{
    /// <summary>Adds the session's first refresh token and its description, both saved with the unit of work.</summary>
    public StartedSession Start(Guid userId, DateTimeOffset now)
    {
        var secret = tokens.CreateRefreshToken();
        var firstToken = RefreshToken.StartFamily(userId, secret.Hash, now, tokens.RefreshTokenLifetime);
        var session = Session.Start(firstToken, clientDevice.UserAgent, clientDevice.IpAddress);
        refreshTokens.Add(firstToken);
        sessions.Add(session);
        return new StartedSession(session.Id, secret.Value);
    }
}
