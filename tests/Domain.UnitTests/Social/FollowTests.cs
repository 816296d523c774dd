using CleanBackend.Domain.Common;
using CleanBackend.Domain.Social;

namespace CleanBackend.Domain.UnitTests.Social;

public class FollowTests
{
    private static readonly Guid FollowerId = Guid.Parse("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
    private static readonly Guid FolloweeId = Guid.Parse("a5b4c3d2-e1f0-4a9b-8c7d-6e5f4a3b2c1d");
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Create_OtherUser_KeepsBothIdsAndTheTime()
    {
        var follow = Follow.Create(FollowerId, FolloweeId, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(follow.FollowerId, Is.EqualTo(FollowerId));
            Assert.That(follow.FolloweeId, Is.EqualTo(FolloweeId));
            Assert.That(follow.CreatedAt, Is.EqualTo(Now));
        }
    }

    [Test]
    public void Create_Self_ThrowsForProfile()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => Follow.Create(FollowerId, FollowerId, Now));

        Assert.That(exception.Field, Is.EqualTo("profile"));
    }
}
