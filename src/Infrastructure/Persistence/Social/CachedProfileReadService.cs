using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles;

namespace CleanBackend.Infrastructure.Persistence.Social;

/// <summary>
/// Serves the viewer-independent profile from the cache under <see cref="ProfileCacheKeys"/> (a profile
/// change evicts it after its commit); the viewer's follow flag is always read from the database.
/// </summary>
internal sealed class CachedProfileReadService(IProfileReadService database, ICacheService cache) : IProfileReadService
{
    public Task<ProfileSnapshot?> FindSnapshotAsync(string username, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            ProfileCacheKeys.Profile(username),
            cancellation => database.FindSnapshotAsync(username, cancellation),
            ProfileCacheKeys.Duration,
            cancellationToken);

    public Task<bool> IsFollowingAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        database.IsFollowingAsync(followerId, followeeId, cancellationToken);
}
