using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using Moq;

namespace CleanBackend.Application.UnitTests.Common.Behaviours;

public class AuthorizationBehaviourTests
{
    private Mock<ICurrentUser> _currentUser = null!;
    private int _handlerCalls;

    [SetUp]
    public void SetUp()
    {
        _currentUser = new Mock<ICurrentUser>();
        _handlerCalls = 0;
    }

    [Test]
    public async Task Handle_RequestWithoutAuthorize_PassesForAnAnonymousCaller()
    {
        var response = await new AuthorizationBehaviour<AnonymousRequest, string>(_currentUser.Object)
            .Handle(new AnonymousRequest(), CancellationToken.None, Next);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_handlerCalls, Is.EqualTo(1));
        }
    }

    [Test]
    public void Handle_AuthorizeAndAnonymousCaller_ThrowsUnauthorizedForAMissingToken()
    {
        var exception = Assert.ThrowsAsync<UnauthorizedException>(
            () => new AuthorizationBehaviour<AuthenticatedRequest, string>(_currentUser.Object)
                .Handle(new AuthenticatedRequest(), CancellationToken.None, Next));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("token"));
            Assert.That(exception.Reason, Is.EqualTo("is missing"));
            Assert.That(_handlerCalls, Is.Zero);
        }
    }

    [Test]
    public async Task Handle_AuthorizeAndAuthenticatedCaller_Passes()
    {
        SignIn();

        var response = await new AuthorizationBehaviour<AuthenticatedRequest, string>(_currentUser.Object)
            .Handle(new AuthenticatedRequest(), CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
    }

    [Test]
    public void Handle_RolesRequiredAndAnonymousCaller_ThrowsUnauthorizedRatherThanForbidden()
    {
        Assert.ThrowsAsync<UnauthorizedException>(
            () => new AuthorizationBehaviour<StaffRequest, string>(_currentUser.Object)
                .Handle(new StaffRequest(), CancellationToken.None, Next));
    }

    [Test]
    public void Handle_CallerInNoneOfTheRoles_ThrowsForbidden()
    {
        SignIn("User");

        Assert.ThrowsAsync<ForbiddenException>(
            () => new AuthorizationBehaviour<StaffRequest, string>(_currentUser.Object)
                .Handle(new StaffRequest(), CancellationToken.None, Next));

        Assert.That(_handlerCalls, Is.Zero);
    }

    [TestCase("Admin")]
    [TestCase("Moderator")]
    public async Task Handle_CallerInOneOfTheRoles_Passes(string role)
    {
        SignIn(role);

        var response = await new AuthorizationBehaviour<StaffRequest, string>(_currentUser.Object)
            .Handle(new StaffRequest(), CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
    }

    [TestCase("Admin")]
    [TestCase("Moderator")]
    public void Handle_SeveralAttributesAndCallerSatisfiesOnlyOne_ThrowsForbidden(string role)
    {
        SignIn(role);

        Assert.ThrowsAsync<ForbiddenException>(
            () => new AuthorizationBehaviour<AdminAndModeratorRequest, string>(_currentUser.Object)
                .Handle(new AdminAndModeratorRequest(), CancellationToken.None, Next));
    }

    [Test]
    public async Task Handle_SeveralAttributesAndCallerSatisfiesAll_Passes()
    {
        SignIn("Admin", "Moderator");

        var response = await new AuthorizationBehaviour<AdminAndModeratorRequest, string>(_currentUser.Object)
            .Handle(new AdminAndModeratorRequest(), CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
    }

    [Test]
    public void Handle_PermissionRequiredAndAnonymousCaller_ThrowsUnauthorized()
    {
        Assert.ThrowsAsync<UnauthorizedException>(
            () => new AuthorizationBehaviour<ModerationRequest, string>(_currentUser.Object)
                .Handle(new ModerationRequest(), CancellationToken.None, Next));
    }

    [Test]
    public void Handle_PermissionNotGrantedByTheCallersRoles_ThrowsForbiddenNamingThePermission()
    {
        SignIn("User");

        var exception = Assert.ThrowsAsync<ForbiddenException>(
            () => new AuthorizationBehaviour<ModerationRequest, string>(_currentUser.Object)
                .Handle(new ModerationRequest(), CancellationToken.None, Next));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Resource, Is.EqualTo("permission"));
            Assert.That(_handlerCalls, Is.Zero);
        }
    }

    [TestCase("Moderator")]
    [TestCase("Admin")]
    public async Task Handle_PermissionGrantedByARole_Passes(string role)
    {
        SignIn("User", role);

        var response = await new AuthorizationBehaviour<ModerationRequest, string>(_currentUser.Object)
            .Handle(new ModerationRequest(), CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
    }

    [Test]
    public void Handle_ModeratorAskingForAnAdminOnlyPermission_ThrowsForbidden()
    {
        SignIn("User", "Moderator");

        Assert.ThrowsAsync<ForbiddenException>(
            () => new AuthorizationBehaviour<UserManagementRequest, string>(_currentUser.Object)
                .Handle(new UserManagementRequest(), CancellationToken.None, Next));
    }

    private void SignIn(params string[] roles)
    {
        _currentUser.SetupGet(user => user.UserId).Returns(Guid.NewGuid());
        _currentUser.Setup(user => user.IsInRole(It.IsAny<string>())).Returns<string>(roles.Contains);
    }

    private Task<string> Next()
    {
        _handlerCalls++;
        return Task.FromResult("handled");
    }
}
