using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

public class RoleTests
{
    private static readonly object[] NamesOfRoles =
    [
        new object[] { "User", Role.User },
        new object[] { "user", Role.User },
        new object[] { "Moderator", Role.Moderator },
        new object[] { "MODERATOR", Role.Moderator },
        new object[] { "Admin", Role.Admin },
        new object[] { "aDmIn", Role.Admin },
    ];

    [TestCaseSource(nameof(NamesOfRoles))]
    public void FromName_KnownNameInAnyCase_ReturnsTheRole(string name, Role expected)
    {
        Assert.That(Role.FromName(name), Is.SameAs(expected));
    }

    [TestCase("Root")]
    [TestCase("")]
    [TestCase(" Admin")]
    public void FromName_UnknownName_ThrowsForTheRoleField(string name)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => Role.FromName(name));

        Assert.That(exception.Field, Is.EqualTo("role"));
    }

    [Test]
    public void All_MatchesTheRoleNamesWithDistinctIds()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Role.All.Select(role => role.Name), Is.EqualTo(RoleName.All));
            Assert.That(Role.All.Select(role => role.Id), Is.Unique);
        }
    }

    [Test]
    public void NamesOf_IdsInAnyOrderWithAnUnknownOne_ReturnsTheKnownNamesInRoleOrder()
    {
        var names = Role.NamesOf([Role.Admin.Id, 99, Role.User.Id, Role.Admin.Id]);

        Assert.That(names, Is.EqualTo(new[] { RoleName.User, RoleName.Admin }));
    }
}
