using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.Mfa;

/// <summary>
/// The check every permission-guarded (admin) request passes: a caller holding a role of
/// <see cref="MfaOptions.RequiredForRoles"/> must have a confirmed second factor. Served by the two-level cache
/// like the security stamp, so it costs a memory lookup on a warm replica; enrolling and disabling evict it.
/// </summary>
public sealed class MfaRequirementCheck(IMfaReadService mfa, ICacheService cache, IOptions<MfaOptions> options)
{
    public async Task<bool> IsSatisfiedAsync(Guid userId, IEnumerable<string> roles, CancellationToken cancellationToken) =>
        !options.Value.RequiresMfa(roles)
        || await cache.GetOrCreateAsync(
            MfaCacheKeys.EnabledFor(userId),
            cancellation => mfa.IsEnabledAsync(userId, cancellation),
            options.Value.StatusCacheDuration,
            cancellationToken);
}
