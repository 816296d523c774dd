using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Commands.UnfollowProfile;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.Handlers;

public class UnfollowProfileCommandHandlerTests
{
    private static readonly Guid FollowerId = Guid.Parse("e6f70819-2a3b-4c4d-95e6-f708192a3b4c");
    private static readonly Guid FolloweeId = Guid.Parse("f708192a-3b4c-4d5e-a6f7-08192a3b4c5d");

    private readonly List<string> _calls = [];
    private Mock<IUserDirectory> _users = null!;
    private Mock<IFollowStore> _follows = null!;
    private Mock<IProfileReadService> _profiles = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private ProfileDto _profile = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _profile = new ProfileDto { Username = "Jacob", Following = false };
        _users = new Mock<IUserDirectory>();
        _users.Setup(users => users.FindUserIdAsync("Jacob", It.IsAny<CancellationToken>())).ReturnsAsync(FolloweeId);
        _follows = new Mock<IFollowStore>();
        _follows
            .Setup(follows => follows.UnfollowAsync(It.IsAny<Guid>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("unfollowed"))
            .Returns(Task.CompletedTask);
        _profiles = new Mock<IProfileReadService>();
        _profiles
            .Setup(profiles => profiles.FindAsync("Jacob", FollowerId, It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(() => _profile);
        _currentUser = TestCallers.SignedIn(FollowerId);
    }

    [Test]
    public async Task Handle_KnownUser_RemovesTheCallersFollow()
    {
        await Handler().Handle(new UnfollowProfileCommand("Jacob"), CancellationToken.None);

        _follows.Verify(follows => follows.UnfollowAsync(FollowerId, FolloweeId, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_KnownUser_ReturnsTheProfileAsTheCallerSeesItAfterwards()
    {
        var profile = await Handler().Handle(new UnfollowProfileCommand("Jacob"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile, Is.SameAs(_profile));
            Assert.That(_calls, Is.EqualTo(new[] { "unfollowed", "read" }));
        }
    }

    [Test]
    public void Handle_UnknownUsername_ThrowsNotFoundForTheProfileAndRemovesNothing()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new UnfollowProfileCommand("nobody"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("profile"));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(new UnfollowProfileCommand("Jacob"), CancellationToken.None));

        _follows.VerifyNoOtherCalls();
    }

    private UnfollowProfileCommandHandler Handler() => new(_users.Object, _follows.Object, _profiles.Object, _currentUser.Object);
}
