using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Domain.Social;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Social;

/// <summary>Runs at once inside the command's transaction; ON CONFLICT makes a repeated follow a no-op.</summary>
internal sealed class FollowStore(ApplicationDbContext dbContext) : IFollowStore
{
    public Task FollowAsync(Follow follow, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO social.follows (follower_id, followee_id, created_at)
            VALUES ({follow.FollowerId}, {follow.FolloweeId}, {follow.CreatedAt})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);

    public Task UnfollowAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        dbContext.Follows
            .Where(follow => follow.FollowerId == followerId && follow.FolloweeId == followeeId)
            .ExecuteDeleteAsync(cancellationToken);
}
