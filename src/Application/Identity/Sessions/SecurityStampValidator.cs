using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.Sessions;

/// <summary>
/// The check every authenticated request passes: the stamp in the access token must still be the
/// user's, and the user still active. Served by the two-level cache, so it costs a memory lookup on
/// a warm replica and one primary-key read otherwise; deactivation and password changes evict it.
/// </summary>
public sealed class SecurityStampValidator(IUserReadService users, ICacheService cache, IOptions<SecurityStampOptions> options)
{
    public async Task<bool> IsCurrentAsync(Guid userId, string? presentedStamp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presentedStamp))
        {
            return false;
        }

        var current = await cache.GetOrCreateAsync(
            SecurityStampCacheKeys.For(userId),
            cancellation => users.FindActiveSecurityStampAsync(userId, cancellation),
            options.Value.CacheDuration,
            cancellationToken);
        return current is not null && string.Equals(current, presentedStamp, StringComparison.OrdinalIgnoreCase);
    }
}
