using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Social;

/// <summary>
/// A profile is Identity's user data with Social's follow flag. The user data is read here as a
/// read model; the modules' code stays apart while each read stays one indexed query.
/// </summary>
internal sealed class ProfileReadService(ApplicationDbContext dbContext) : IProfileReadService
{
    public Task<ProfileSnapshot?> FindSnapshotAsync(string username, CancellationToken cancellationToken)
    {
        var normalizedUsername = UsernameRules.Normalize(username);
        return dbContext.Users.AsNoTracking()
            .Where(user => user.NormalizedUsername == normalizedUsername)
            .Select(user => new ProfileSnapshot(user.Id, user.Username, user.Bio, user.Image))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public Task<bool> IsFollowingAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        dbContext.Follows.AnyAsync(follow => follow.FollowerId == followerId && follow.FolloweeId == followeeId, cancellationToken);
}
