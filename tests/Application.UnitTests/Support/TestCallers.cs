using CleanBackend.Application.Common.Security;
using Moq;

namespace CleanBackend.Application.UnitTests.Support;

/// <summary>The caller a handler sees through <see cref="ICurrentUser"/>.</summary>
internal static class TestCallers
{
    public static Mock<ICurrentUser> SignedIn(Guid userId, params string[] roles)
    {
        var currentUser = new Mock<ICurrentUser>();
        currentUser.SetupGet(caller => caller.UserId).Returns(userId);
        currentUser.Setup(caller => caller.IsInRole(It.IsAny<string>())).Returns<string>(roles.Contains);
        return currentUser;
    }

    public static Mock<ICurrentUser> Anonymous()
    {
        var currentUser = new Mock<ICurrentUser>();
        currentUser.SetupGet(caller => caller.UserId).Returns((Guid?)null);
        currentUser.Setup(caller => caller.IsInRole(It.IsAny<string>())).Returns(false);
        return currentUser;
    }
}
