using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Commands.FollowProfile;
using CleanBackend.Application.Social.Profiles.Queries.GetProfileSnapshot;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Social;
using MediatR;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.Handlers;

public class FollowProfileCommandHandlerTests
{
    private static readonly Guid FollowerId = Guid.Parse("c4d5e6f7-0819-4a2b-b3c4-d5e6f7081920");
    private static readonly Guid FolloweeId = Guid.Parse("d5e6f708-192a-4b3c-84d5-e6f708192a3b");

    private readonly List<string> _calls = [];
    private FakeClock _clock = null!;
    private Mock<IMediator> _mediator = null!;
    private Mock<IFollowStore> _follows = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private Follow? _followed;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _followed = null;
        _clock = new FakeClock();
        _mediator = new Mock<IMediator>();
        _mediator
            .Setup(mediator => mediator.Send(It.Is<GetProfileSnapshotQuery>(query => query.Username == "Jacob"), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(new ProfileSnapshot(FolloweeId, "Jacob", "I like dragons", "https://example.com/jacob.png"));
        _mediator
            .Setup(mediator => mediator.Send(It.Is<GetProfileSnapshotQuery>(query => query.Username == "Me"), It.IsAny<CancellationToken>()))
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
            Assert.That(profile.Username, Is.EqualTo("Jacob"));
            Assert.That(profile.Bio, Is.EqualTo("I like dragons"));
            Assert.That(profile.Image, Is.EqualTo("https://example.com/jacob.png"));
            Assert.That(profile.Following, Is.True);
            Assert.That(_calls, Is.EqualTo(new[] { "read", "followed" }));
        }
    }

    [Test]
    public void Handle_UnknownUsername_ThrowsNotFoundForTheProfileAndStoresNothing()
    {
        // The loose mock answers any other snapshot query with null: no such user.
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new FollowProfileCommand("nobody"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("profile"));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_OwnProfile_ThrowsARuleViolationForTheProfile()
    {
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

    private FollowProfileCommandHandler Handler() => new(_mediator.Object, _follows.Object, _currentUser.Object, _clock);
}
