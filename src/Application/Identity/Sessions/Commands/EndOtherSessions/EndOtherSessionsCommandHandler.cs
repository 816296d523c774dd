using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Users;
using MediatR;

namespace CleanBackend.Application.Identity.Sessions.Commands.EndOtherSessions;

public sealed class EndOtherSessionsCommandHandler(
    IRefreshTokenRepository refreshTokens,
    ICurrentUser currentUser,
    ISecurityEvents securityEvents,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<EndOtherSessionsCommand, Unit>
{
    public async Task<Unit> Handle(EndOtherSessionsCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var ended = await refreshTokens.EndSessionsOfUserAsync(userId, currentUser.SessionId, clock.GetUtcNow(), cancellationToken);

        cacheEvictions.Add(ended.Select(SessionCacheKeys.For));
        foreach (var sessionId in ended)
        {
            securityEvents.Record(SecurityEventNames.SessionEnded, userId, new { sessionId });
        }

        return Unit.Value;
    }
}
