using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Commands.UnfollowProfile;
using CleanBackend.Application.Social.Profiles.Queries.GetProfileSnapshot;
using CleanBackend.Application.UnitTests.Support;
using MediatR;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.Handlers;

public class UnfollowProfileCommandHandlerTests
{
    private static readonly Guid FollowerId = Guid.Parse("e6f70819-2a3b-4c4d-95e6-f708192a3b4c");
    private static readonly Guid FolloweeId = Guid.Parse("f708192a-3b4c-4d5e-a6f7-08192a3b4c5d");

    private readonly List<string> _calls = [];
    private Mock<IMediator> _mediator = null!;
    private Mock<IFollowStore> _follows = null!;
    private Mock<ICurrentUser> _currentUser = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _mediator = new Mock<IMediator>();
        _mediator
            .Setup(mediator => mediator.Send(It.Is<GetProfileSnapshotQuery>(query => query.Username == "Jacob"), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(new ProfileSnapshot(FolloweeId, "Jacob", "I like dragons", null));
        _follows = new Mock<IFollowStore>();
        _follows
            .Setup(follows => follows.UnfollowAsync(It.IsAny<Guid>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("unfollowed"))
            .Returns(Task.CompletedTask);
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
            Assert.That(profile.Username, Is.EqualTo("Jacob"));
            Assert.That(profile.Bio, Is.EqualTo("I like dragons"));
            Assert.That(profile.Image, Is.Null);
            Assert.That(profile.Following, Is.False);
            Assert.That(_calls, Is.EqualTo(new[] { "read", "unfollowed" }));
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

    private UnfollowProfileCommandHandler Handler() => new(_mediator.Object, _follows.Object, _currentUser.Object);
}
