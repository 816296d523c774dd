using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Social.Abstractions;

public interface IProfileReadService
{
    /// <summary>The profile as anyone sees it, null when there is no such user; served from the cache (<see cref="Profiles.ProfileCacheKeys.Profile"/>).</summary>
    Task<ProfileSnapshot?> FindSnapshotAsync(string username, CancellationToken cancellationToken);

    Task<bool> IsFollowingAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken);
}
