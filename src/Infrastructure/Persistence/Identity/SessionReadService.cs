using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

/// <summary>A session is live while its family holds a token neither revoked nor expired (indexed by family id).</summary>
internal sealed class SessionReadService(ApplicationDbContext dbContext) : ISessionReadService
{
    public async Task<IReadOnlyList<SessionDto>> ListActiveAsync(
        Guid userId,
        Guid? currentSessionId,
        DateTimeOffset now,
        CancellationToken cancellationToken) =>
        await dbContext.Sessions.AsNoTracking()
            .Where(session => session.UserId == userId
                && dbContext.RefreshTokens.Any(token => token.FamilyId == session.Id && token.RevokedAt == null && token.ExpiresAt > now))
            .OrderByDescending(session => session.LastUsedAt)
            .ThenByDescending(session => session.Id)
            .Select(session => new SessionDto
            {
                Id = session.Id,
                UserAgent = session.UserAgent,
                Ip = session.IpAddress,
                CreatedAt = session.CreatedAt,
                LastUsedAt = session.LastUsedAt,
                Current = session.Id == currentSessionId,
            })
            .ToListAsync(cancellationToken);

    public async Task<Guid?> FindActiveOwnerAsync(Guid sessionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var owners = await dbContext.RefreshTokens.AsNoTracking()
            .Where(token => token.FamilyId == sessionId && token.RevokedAt == null && token.ExpiresAt > now)
            .Select(token => token.UserId)
            .Take(1)
            .ToListAsync(cancellationToken);
        return owners.Count == 0 ? null : owners[0];
    }
}
