using CleanBackend.Domain.Social;

namespace CleanBackend.Application.Social.Abstractions;

/// <summary>Follows are set and cleared idempotently: following twice, or unfollowing a stranger, changes nothing.</summary>
public interface IFollowStore
{
    Task FollowAsync(Follow follow, CancellationToken cancellationToken);

    Task UnfollowAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken);
}
