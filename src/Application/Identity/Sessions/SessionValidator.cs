using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.Sessions;

/// <summary>
/// The second check every authenticated request passes: the session the access token was issued for must still be
/// live and the caller's. Served by the two-level cache like the security stamp, so ending a session (which evicts
/// the key on every replica) refuses its access tokens from the next request on.
/// </summary>
public sealed class SessionValidator(ISessionReadService sessions, ICacheService cache, IOptions<SessionOptions> options, TimeProvider clock)
{
    public async Task<bool> IsLiveAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var owner = await cache.GetOrCreateAsync(
            SessionCacheKeys.For(sessionId),
            cancellation => sessions.FindActiveOwnerAsync(sessionId, clock.GetUtcNow(), cancellation),
            options.Value.CacheDuration,
            cancellationToken);
        return owner == userId;
    }
}
