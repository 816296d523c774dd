using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Abstractions;

public interface ISessionRepository
{
    /// <summary>The session, tracked for changes, or null.</summary>
    Task<Session?> FindAsync(Guid sessionId, CancellationToken cancellationToken);

    void Add(Session session);
}
