using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Social;

/// <summary>One user following another. The pair is the identity: following twice is one follow.</summary>
public sealed class Follow
{
    private Follow()
    {
    }

    public Guid FollowerId { get; private set; }

    public Guid FolloweeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Follow Create(Guid followerId, Guid followeeId, DateTimeOffset now)
    {
        if (followerId == followeeId)
        {
            throw new DomainRuleViolationException("profile", "cannot be followed by itself");
        }

        return new Follow { FollowerId = followerId, FolloweeId = followeeId, CreatedAt = now };
    }
}
