using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class SessionRepository(ApplicationDbContext dbContext) : ISessionRepository
{
    public async Task<Session?> FindAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await dbContext.Sessions.FindAsync([sessionId], cancellationToken);

    public void Add(Session session) => dbContext.Sessions.Add(session);
}
