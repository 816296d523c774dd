using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Commands.FollowProfile;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Social;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.Handlers;

public class FollowProfileCommandHandlerTests
{
    private static readonly Guid FollowerId = Guid.Parse("c4d5e6f7-0819-4a2b-b3c4-d5e6f7081920");
    private static readonly Guid FolloweeId = Guid.Parse("d5e6f708-192a-4b3c-84d5-e6f708192a3b");

    private readonly List<string> _calls = [];
    private FakeClock _clock = null!;
    private Mock<IUserDirectory> _users = null!;
    private Mock<IFollowStore> _follows = null!;
    private Mock<IProfileReadService> _profiles = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private ProfileDto _profile = null!;
    private Follow? _followed;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _followed = null;
        _profile = new ProfileDto { Username = "Jacob", Following = true };
        _clock = new FakeClock();
        _users = new Mock<IUserDirectory>();
        _users.Setup(users => users.FindUserIdAsync("Jacob", It.IsAny<CancellationToken>())).ReturnsAsync(FolloweeId);
        _follows = new Mock<IFollowStore>();
        _follows
            .Setup(follows => follows.FollowAsync(It.IsAny<Follow>(), It.IsAny<CancellationToken>()))
            .Callback((Follow follow, CancellationToken _) =>
            {
                _calls.Add("followed");
                _followed = follow;
            })
            .Returns(Task.CompletedTask);
        _profiles = new Mock<IProfileReadService>();
        _profiles
            .Setup(profiles => profiles.FindAsync("Jacob", FollowerId, It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(() => _profile);
        _currentUser = TestCallers.SignedIn(FollowerId);
    }

    [Test]
    public async Task Handle_KnownUser_StoresTheCallerFollowingThemNow()
    {
        await Handler().Handle(new FollowProfileCommand("Jacob"), CancellationToken.None);

        Assert.That(_followed, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_followed!.FollowerId, Is.EqualTo(FollowerId));
            Assert.That(_followed.FolloweeId, Is.EqualTo(FolloweeId));
            Assert.That(_followed.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
        }
    }

    [Test]
    public async Task Handle_KnownUser_ReturnsTheProfileAsTheCallerSeesItAfterwards()
    {
        var profile = await Handler().Handle(new FollowProfileCommand("Jacob"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile, Is.SameAs(_profile));
            Assert.That(_calls, Is.EqualTo(new[] { "followed", "read" }));
        }
    }

    [Test]
    public void Handle_UnknownUsername_ThrowsNotFoundForTheProfileAndStoresNothing()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new FollowProfileCommand("nobody"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("profile"));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_OwnProfile_ThrowsARuleViolationForTheProfile()
    {
        _users.Setup(users => users.FindUserIdAsync("Me", It.IsAny<CancellationToken>())).ReturnsAsync(FollowerId);

        var exception = Assert.ThrowsAsync<DomainRuleViolationException>(() => Handler().Handle(new FollowProfileCommand("Me"), CancellationToken.None));

        Assert.That(exception.Field, Is.EqualTo("profile"));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(new FollowProfileCommand("Jacob"), CancellationToken.None));

        _follows.VerifyNoOtherCalls();
    }

    private FollowProfileCommandHandler Handler() => new(_users.Object, _follows.Object, _profiles.Object, _currentUser.Object, _clock);
}
