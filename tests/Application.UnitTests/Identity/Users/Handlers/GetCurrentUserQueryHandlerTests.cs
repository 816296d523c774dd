using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Users;
using CleanBackend.Application.Identity.Users.Queries.GetCurrentUser;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class GetCurrentUserQueryHandlerTests
{
    private static readonly Guid UserId = Guid.Parse("5f0c3d0e-8f57-4b8e-9a43-1f0f3c7d2a10");

    private Mock<IUserReadService> _userReads = null!;
    private Mock<ICurrentUser> _currentUser = null!;

    [SetUp]
    public void SetUp()
    {
        _userReads = new Mock<IUserReadService>();
        _userReads
            .Setup(reads => reads.FindAsync(UserId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new UserDto { Username = "Jacob", Email = "jake@jake.jake", Bio = "bio", Image = null });
        _currentUser = new Mock<ICurrentUser>();
        _currentUser.SetupGet(currentUser => currentUser.UserId).Returns(UserId);
        _currentUser.SetupGet(currentUser => currentUser.AccessToken).Returns("presented-access-token");
    }

    [Test]
    public async Task Handle_KnownUser_ReturnsTheProfileWithThePresentedAccessToken()
    {
        var dto = await Handler().Handle(new GetCurrentUserQuery(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("Jacob"));
            Assert.That(dto.Email, Is.EqualTo("jake@jake.jake"));
            Assert.That(dto.Bio, Is.EqualTo("bio"));
            Assert.That(dto.Token, Is.EqualTo("presented-access-token"));
        }
    }

    [Test]
    public async Task Handle_NoPresentedAccessToken_ReturnsAnEmptyToken()
    {
        _currentUser.SetupGet(currentUser => currentUser.AccessToken).Returns((string?)null);

        var dto = await Handler().Handle(new GetCurrentUserQuery(), CancellationToken.None);

        Assert.That(dto.Token, Is.Empty);
    }

    [Test]
    public void Handle_UserNoLongerExists_ThrowsNotFoundForTheUser()
    {
        _currentUser.SetupGet(currentUser => currentUser.UserId).Returns(Guid.NewGuid());

        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new GetCurrentUserQuery(), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("user"));
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorizedWithoutReading()
    {
        _currentUser.SetupGet(currentUser => currentUser.UserId).Returns((Guid?)null);

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(new GetCurrentUserQuery(), CancellationToken.None));

        Assert.That(exception.Field, Is.EqualTo("token"));
        _userReads.VerifyNoOtherCalls();
    }

    private GetCurrentUserQueryHandler Handler() => new(_userReads.Object, _currentUser.Object);
}
