using CleanBackend.Application.Identity.Sessions;

namespace CleanBackend.Application.Identity.Abstractions;

public interface ISessionReadService
{
    /// <summary>
    /// The user's live sessions (one with a refresh token neither revoked nor expired at <paramref name="now"/>),
    /// most recently used first; the one whose id is <paramref name="currentSessionId"/> is flagged current.
    /// </summary>
    Task<IReadOnlyList<SessionDto>> ListActiveAsync(Guid userId, Guid? currentSessionId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The owner of the session while it is live at <paramref name="now"/>; null when it is unknown or ended.</summary>
    Task<Guid?> FindActiveOwnerAsync(Guid sessionId, DateTimeOffset now, CancellationToken cancellationToken);
}
