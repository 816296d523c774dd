using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Social;

/// <summary>
/// A profile joins Identity's users with Social's follows. The join happens here, in one query, as a
/// read model: the modules' code stays apart while the database answers in one round trip.
/// </summary>
internal sealed class ProfileReadService(ApplicationDbContext dbContext) : IProfileReadService
{
    public Task<ProfileDto?> FindAsync(string username, Guid? viewerId, CancellationToken cancellationToken)
    {
        var normalizedUsername = UsernameRules.Normalize(username);
        return dbContext.Users.AsNoTracking()
            .Where(user => user.NormalizedUsername == normalizedUsername)
            .Select(user => new ProfileDto
            {
                Username = user.Username,
                Bio = user.Bio,
                Image = user.Image,
                Following = viewerId != null
                    && dbContext.Follows.Any(follow => follow.FollowerId == viewerId && follow.FolloweeId == user.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
    }
}
