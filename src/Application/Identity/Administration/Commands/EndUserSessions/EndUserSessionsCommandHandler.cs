using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Commands.EndUserSessions;

public sealed class EndUserSessionsCommandHandler(
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    ICurrentUser currentUser,
    ISecurityEvents securityEvents,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<EndUserSessionsCommand, Unit>
{
    public async Task<Unit> Handle(EndUserSessionsCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindOtherUserAsync(currentUser, request.Id, cancellationToken);
        var ended = await refreshTokens.EndSessionsOfUserAsync(user.Id, keptSessionId: null, clock.GetUtcNow(), cancellationToken);

        cacheEvictions.Add(ended.Select(SessionCacheKeys.For));
        securityEvents.Record(SecurityEventNames.SessionsEndedByAdmin, user.Id, new { endedSessions = ended.Count });
        return Unit.Value;
    }
}
