using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Queries.GetProfile;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.Handlers;

public class GetProfileQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("08192a3b-4c5d-4e6f-b708-192a3b4c5d6e");

    private Mock<IProfileReadService> _profiles = null!;
    private Mock<ICurrentUser> _currentUser = null!;

    [SetUp]
    public void SetUp()
    {
        _profiles = new Mock<IProfileReadService>();
        _currentUser = TestCallers.SignedIn(ViewerId);
    }

    [Test]
    public async Task Handle_KnownUsername_ReturnsTheProfileAsTheCallerSeesIt()
    {
        var profile = new ProfileDto { Username = "Jacob", Following = true };
        _profiles.Setup(profiles => profiles.FindAsync("Jacob", ViewerId, It.IsAny<CancellationToken>())).ReturnsAsync(profile);

        Assert.That(await Handler().Handle(new GetProfileQuery("Jacob"), CancellationToken.None), Is.SameAs(profile));
    }

    [Test]
    public async Task Handle_AnonymousCaller_ReadsForNoViewer()
    {
        _currentUser = TestCallers.Anonymous();
        var profile = new ProfileDto { Username = "Jacob" };
        _profiles.Setup(profiles => profiles.FindAsync("Jacob", null, It.IsAny<CancellationToken>())).ReturnsAsync(profile);

        Assert.That(await Handler().Handle(new GetProfileQuery("Jacob"), CancellationToken.None), Is.SameAs(profile));
    }

    [Test]
    public void Handle_UnknownUsername_ThrowsNotFoundForTheProfile()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new GetProfileQuery("nobody"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("profile"));
    }

    private GetProfileQueryHandler Handler() => new(_profiles.Object, _currentUser.Object);
}
