using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Queries.GetProfile;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.Handlers;

/// <summary>The profile comes from the cached snapshot; only the viewer's follow flag is read per request.</summary>
public class GetProfileQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("08192a3b-4c5d-4e6f-b708-192a3b4c5d6e");
    private static readonly Guid JacobId = Guid.Parse("192a3b4c-5d6e-4f70-8819-2a3b4c5d6e7f");

    private ProfileSnapshot _snapshot = null!;
    private Mock<IProfileReadService> _profiles = null!;
    private Mock<ICurrentUser> _currentUser = null!;

    [SetUp]
    public void SetUp()
    {
        _snapshot = new ProfileSnapshot(JacobId, "Jacob", "I like dragons", "https://example.com/jacob.png");
        _profiles = new Mock<IProfileReadService>();
        _profiles.Setup(profiles => profiles.FindSnapshotAsync("Jacob", It.IsAny<CancellationToken>())).ReturnsAsync(() => _snapshot);
        _currentUser = TestCallers.SignedIn(ViewerId);
    }

    [Test]
    public async Task Handle_KnownUsername_ReturnsTheSnapshotsFields()
    {
        var profile = await Handler().Handle(new GetProfileQuery("Jacob"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.Username, Is.EqualTo("Jacob"));
            Assert.That(profile.Bio, Is.EqualTo("I like dragons"));
            Assert.That(profile.Image, Is.EqualTo("https://example.com/jacob.png"));
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Handle_SignedInViewer_FollowingIsTheViewersFollowLookedUpOnce(bool follows)
    {
        _profiles.Setup(profiles => profiles.IsFollowingAsync(ViewerId, JacobId, It.IsAny<CancellationToken>())).ReturnsAsync(follows);

        var profile = await Handler().Handle(new GetProfileQuery("Jacob"), CancellationToken.None);

        Assert.That(profile.Following, Is.EqualTo(follows));
        _profiles.Verify(profiles => profiles.IsFollowingAsync(ViewerId, JacobId, It.IsAny<CancellationToken>()), Times.Once());
        VerifyProfileReadOnce("Jacob");
        _profiles.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_AnonymousCaller_IsNotFollowingWithoutAskingTheDatabase()
    {
        _currentUser = TestCallers.Anonymous();

        var profile = await Handler().Handle(new GetProfileQuery("Jacob"), CancellationToken.None);

        Assert.That(profile.Following, Is.False);
        VerifyProfileReadOnce("Jacob");
        _profiles.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_TwoViewersOfTheSameSnapshot_GetIndependentFlags()
    {
        _profiles.Setup(profiles => profiles.IsFollowingAsync(ViewerId, JacobId, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var following = await Handler().Handle(new GetProfileQuery("Jacob"), CancellationToken.None);

        _currentUser = TestCallers.Anonymous();
        var anonymous = await Handler().Handle(new GetProfileQuery("Jacob"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(following.Following, Is.True);
            Assert.That(anonymous.Following, Is.False);
            Assert.That(anonymous, Is.Not.SameAs(following));
        }
    }

    [Test]
    public void Handle_UnknownUsername_ThrowsNotFoundForTheProfile()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new GetProfileQuery("nobody"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("profile"));
        VerifyProfileReadOnce("nobody");
        _profiles.VerifyNoOtherCalls();
    }

    /// <summary>Marks the profile read as expected, so that VerifyNoOtherCalls speaks of the follow lookup only.</summary>
    private void VerifyProfileReadOnce(string username) =>
        _profiles.Verify(profiles => profiles.FindSnapshotAsync(username, It.IsAny<CancellationToken>()), Times.Once());

    private GetProfileQueryHandler Handler() => new(_profiles.Object, _currentUser.Object);
}
