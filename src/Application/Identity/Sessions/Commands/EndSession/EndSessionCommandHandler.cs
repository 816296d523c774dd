using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using MediatR;

namespace CleanBackend.Application.Identity.Sessions.Commands.EndSession;

public sealed class EndSessionCommandHandler(
    IRefreshTokenRepository refreshTokens,
    ICurrentUser currentUser,
    ISecurityEvents securityEvents,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<EndSessionCommand, Unit>
{
    public async Task<Unit> Handle(EndSessionCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var now = clock.GetUtcNow();

        // One answer for another user's, an ended and an unknown session: ids cannot be probed.
        var family = await refreshTokens.ListFamilyAsync(request.Id, cancellationToken);
        if (!family.Any(token => token.UserId == userId && token.IsActive(now)))
        {
            throw new NotFoundException("session");
        }

        foreach (var token in family)
        {
            token.Revoke(now);
        }

        cacheEvictions.Add(SessionCacheKeys.For(request.Id));
        securityEvents.Record(SecurityEventNames.SessionEnded, userId, new { sessionId = request.Id });
        return Unit.Value;
    }
}
