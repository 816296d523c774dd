using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Commands.Following;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Social;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.Handlers;

/// <summary>Follow and unfollow share their handler; the mirror-image cases run for both (true = follow).</summary>
public class FollowCommandsHandlerTests
{
    private static readonly Guid FollowerId = Guid.Parse("c4d5e6f7-0819-4a2b-b3c4-d5e6f7081920");
    private static readonly Guid FolloweeId = Guid.Parse("d5e6f708-192a-4b3c-84d5-e6f708192a3b");

    private readonly List<string> _calls = [];
    private FakeClock _clock = null!;
    private Mock<IProfileReadService> _profiles = null!;
    private Mock<IFollowStore> _follows = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private Follow? _followed;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _followed = null;
        _clock = new FakeClock();
        _profiles = new Mock<IProfileReadService>();
        _profiles
            .Setup(profiles => profiles.FindSnapshotAsync("Jacob", It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(new ProfileSnapshot(FolloweeId, "Jacob", "I like dragons", "https://example.com/jacob.png"));
        _profiles
            .Setup(profiles => profiles.FindSnapshotAsync("Me", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ProfileSnapshot(FollowerId, "Me", null, null));
        _follows = new Mock<IFollowStore>();
        _follows
            .Setup(follows => follows.FollowAsync(It.IsAny<Follow>(), It.IsAny<CancellationToken>()))
            .Callback((Follow follow, CancellationToken _) =>
            {
                _calls.Add("followed");
                _followed = follow;
            })
            .Returns(Task.CompletedTask);
        _follows
            .Setup(follows => follows.UnfollowAsync(It.IsAny<Guid>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("unfollowed"))
            .Returns(Task.CompletedTask);
        _currentUser = TestCallers.SignedIn(FollowerId);
    }

    [Test]
    public async Task Handle_FollowKnownUser_StoresTheCallerFollowingThemNow()
    {
        await Send(follow: true, "Jacob");

        Assert.That(_followed, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_followed!.FollowerId, Is.EqualTo(FollowerId));
            Assert.That(_followed.FolloweeId, Is.EqualTo(FolloweeId));
            Assert.That(_followed.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
        }
    }

    [Test]
    public async Task Handle_UnfollowKnownUser_RemovesTheCallersFollow()
    {
        await Send(follow: false, "Jacob");

        _follows.Verify(follows => follows.UnfollowAsync(FollowerId, FolloweeId, It.IsAny<CancellationToken>()), Times.Once());
    }

    [TestCase(true, "followed")]
    [TestCase(false, "unfollowed")]
    public async Task Handle_KnownUser_ReturnsTheProfileAsTheCallerSeesItAfterwards(bool follow, string change)
    {
        var profile = await Send(follow, "Jacob");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.Username, Is.EqualTo("Jacob"));
            Assert.That(profile.Bio, Is.EqualTo("I like dragons"));
            Assert.That(profile.Image, Is.EqualTo("https://example.com/jacob.png"));
            Assert.That(profile.Following, Is.EqualTo(follow));
            Assert.That(_calls, Is.EqualTo(new[] { "read", change }));
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Handle_UnknownUsername_ThrowsNotFoundForTheProfileAndChangesNothing(bool follow)
    {
        // The loose mock answers any other username with null: no such user.
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Send(follow, "nobody"));

        Assert.That(exception.Resource, Is.EqualTo("profile"));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_FollowOwnProfile_ThrowsARuleViolationForTheProfile()
    {
        var exception = Assert.ThrowsAsync<DomainRuleViolationException>(() => Send(follow: true, "Me"));

        Assert.That(exception.Field, Is.EqualTo("profile"));
        _follows.VerifyNoOtherCalls();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Handle_AnonymousCaller_ThrowsUnauthorized(bool follow)
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Send(follow, "Jacob"));

        _follows.VerifyNoOtherCalls();
    }

    private Task<ProfileDto> Send(bool follow, string username)
    {
        var handler = new FollowCommandsHandler(_profiles.Object, _follows.Object, _currentUser.Object, _clock);
        return follow
            ? handler.Handle(new FollowProfileCommand(username), CancellationToken.None)
            : handler.Handle(new UnfollowProfileCommand(username), CancellationToken.None);
    }
}
