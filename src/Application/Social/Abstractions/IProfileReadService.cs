using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Social.Abstractions;

public interface IProfileReadService
{
    Task<ProfileSnapshot?> FindSnapshotAsync(string username, CancellationToken cancellationToken);

    Task<bool> IsFollowingAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken);
}
