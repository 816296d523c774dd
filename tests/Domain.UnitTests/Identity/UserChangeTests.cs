using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;

namespace CleanBackend.Domain.UnitTests.Identity;

public class UserChangeTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    [TestCase(null)]
    public void ChangeBio_EmptyOrWhiteSpace_ClearsTheBio(string? bio)
    {
        var user = TestUsers.Register();
        user.ChangeBio("Old bio", TestUsers.RegisteredAt);

        user.ChangeBio(bio, TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Bio, Is.Null);
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void ChangeBio_Text_KeepsTheTextAsGiven()
    {
        var user = TestUsers.Register();

        user.ChangeBio(" I like to skateboard ", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Bio, Is.EqualTo(" I like to skateboard "));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void ChangeImage_EmptyOrWhiteSpace_ClearsTheImage(string? image)
    {
        var user = TestUsers.Register();
        user.ChangeImage("https://example.com/old.png", TestUsers.RegisteredAt);

        user.ChangeImage(image, TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Image, Is.Null);
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void ChangeImage_Url_IsStoredTrimmed()
    {
        var user = TestUsers.Register();

        user.ChangeImage("  https://example.com/me.png ", TestUsers.Later);

        Assert.That(user.Image, Is.EqualTo("https://example.com/me.png"));
    }

    [Test]
    public void ChangePasswordHash_NewHash_StoresItAndChangesTheSecurityStamp()
    {
        var user = TestUsers.Register();
        var stampBefore = user.SecurityStamp;

        user.ChangePasswordHash("hash-2", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.PasswordHash, Is.EqualTo("hash-2"));
            Assert.That(user.SecurityStamp, Is.Not.EqualTo(stampBefore));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void ChangePasswordHash_BlankHash_ThrowsAndLeavesTheUserUnchanged()
    {
        var user = TestUsers.Register();
        var stampBefore = user.SecurityStamp;

        var exception = Assert.Throws<DomainRuleViolationException>(() => user.ChangePasswordHash(" ", TestUsers.Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("password"));
            Assert.That(user.PasswordHash, Is.EqualTo("hash-1"));
            Assert.That(user.SecurityStamp, Is.EqualTo(stampBefore));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.RegisteredAt));
        }
    }

    [Test]
    public void Deactivate_ActiveUser_BecomesInactiveWithANewSecurityStamp()
    {
        var user = TestUsers.Register();
        var stampBefore = user.SecurityStamp;

        user.Deactivate(TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.IsActive, Is.False);
            Assert.That(user.SecurityStamp, Is.Not.EqualTo(stampBefore));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void Reactivate_DeactivatedUser_BecomesActive()
    {
        var user = TestUsers.Register();
        user.Deactivate(TestUsers.RegisteredAt);

        user.Reactivate(TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.IsActive, Is.True);
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void GrantRole_NewRole_AddsItAndKeepsTheSecurityStamp()
    {
        var user = TestUsers.Register();
        var stampBefore = user.SecurityStamp;

        user.GrantRole(Role.Admin, TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.RoleNames, Is.EqualTo(new[] { RoleName.User, RoleName.Admin }));
            Assert.That(user.SecurityStamp, Is.EqualTo(stampBefore), "roles reach tokens on refresh; nobody is signed out");
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void GrantRole_RoleAlreadyHeld_ChangesNothing()
    {
        var user = TestUsers.Register();
        user.GrantRole(Role.Moderator, TestUsers.RegisteredAt);
        var stampBefore = user.SecurityStamp;

        user.GrantRole(Role.Moderator, TestUsers.Later);
        user.GrantRole(Role.User, TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Roles, Has.Count.EqualTo(2));
            Assert.That(user.RoleNames, Is.EqualTo(new[] { RoleName.User, RoleName.Moderator }));
            Assert.That(user.SecurityStamp, Is.EqualTo(stampBefore));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.RegisteredAt));
        }
    }

    [Test]
    public void RoleNames_AllRolesGrantedInAnyOrder_ListsEachRoleOnceInCatalogueOrder()
    {
        var user = TestUsers.Register();

        user.GrantRole(Role.Admin, TestUsers.Later);
        user.GrantRole(Role.Moderator, TestUsers.Later);

        Assert.That(user.RoleNames, Is.EqualTo(new[] { RoleName.User, RoleName.Moderator, RoleName.Admin }));
    }

    [Test]
    public void ChangeUsername_ValidUsername_UpdatesTheNormalizedFormAndUpdatedAt()
    {
        var user = TestUsers.Register();

        user.ChangeUsername("Jane_Roe", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Username, Is.EqualTo("Jane_Roe"));
            Assert.That(user.NormalizedUsername, Is.EqualTo("jane_roe"));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void ChangeUsername_InvalidUsername_ThrowsAndKeepsTheOldUsername()
    {
        var user = TestUsers.Register();

        var exception = Assert.Throws<DomainRuleViolationException>(() => user.ChangeUsername("no spaces", TestUsers.Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("username"));
            Assert.That(user.Username, Is.EqualTo("JohnDoe"));
            Assert.That(user.NormalizedUsername, Is.EqualTo("johndoe"));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.RegisteredAt));
        }
    }

    [Test]
    public void ChangeEmail_ValidEmail_StoresItTrimmedAndUpdatesTheNormalizedFormAndUpdatedAt()
    {
        var user = TestUsers.Register();

        user.ChangeEmail(" Jane.Roe@Example.ORG ", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Email, Is.EqualTo("Jane.Roe@Example.ORG"));
            Assert.That(user.NormalizedEmail, Is.EqualTo("jane.roe@example.org"));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void ChangeEmail_InvalidEmail_ThrowsAndKeepsTheOldEmail()
    {
        var user = TestUsers.Register();

        var exception = Assert.Throws<DomainRuleViolationException>(() => user.ChangeEmail("jane.roe", TestUsers.Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("email"));
            Assert.That(user.Email, Is.EqualTo("john.doe@example.com"));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.RegisteredAt));
        }
    }

    [Test]
    public void Changes_OthersDoNotSee_RaiseNoFurtherEvents()
    {
        var user = TestUsers.Register();

        user.ChangePasswordHash("hash-2", TestUsers.Later);
        user.GrantRole(Role.Admin, TestUsers.Later);
        user.Deactivate(TestUsers.Later);
        user.Reactivate(TestUsers.Later);

        Assert.That(user.DomainEvents.Single(), Is.TypeOf<UserRegistered>());
    }

    [Test]
    public void ChangeUsername_RaisesUserProfileChangedWithTheOldAndTheNewName()
    {
        var user = TestUsers.Register();
        user.ClearDomainEvents();

        user.ChangeUsername("Jane_Roe", TestUsers.Later);

        Assert.That(user.DomainEvents.Single(), Is.EqualTo(new UserProfileChanged(user.Id, "JohnDoe", "Jane_Roe", TestUsers.Later)));
    }

    [Test]
    public void ChangeBioAndChangeImage_RaiseUserProfileChangedUnderTheUnchangedName()
    {
        var user = TestUsers.Register();
        user.ClearDomainEvents();

        user.ChangeBio("I like to skateboard", TestUsers.Later);
        var afterBio = user.DomainEvents.ToList();
        user.ClearDomainEvents();
        user.ChangeImage("https://example.com/john.png", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterBio.Single(), Is.EqualTo(new UserProfileChanged(user.Id, "JohnDoe", "JohnDoe", TestUsers.Later)));
            Assert.That(user.DomainEvents.Single(), Is.EqualTo(new UserProfileChanged(user.Id, "JohnDoe", "JohnDoe", TestUsers.Later)));
        }
    }

    [Test]
    public void SeveralProfileChangesInOneUnitOfWork_RaiseOneEventKeepingTheFirstPreviousName()
    {
        var user = TestUsers.Register();
        user.ClearDomainEvents();

        user.ChangeBio("bio", TestUsers.RegisteredAt.AddHours(1));
        user.ChangeUsername("Jane_Roe", TestUsers.RegisteredAt.AddHours(2));
        user.ChangeUsername("Janet", TestUsers.Later);

        // Both cached names must be evicted: the one before the unit of work and the final one.
        Assert.That(user.DomainEvents.Single(), Is.EqualTo(new UserProfileChanged(user.Id, "JohnDoe", "Janet", TestUsers.Later)));
    }

    [Test]
    public void UpgradePasswordHash_NewHash_StoresItAndKeepsTheSecurityStamp()
    {
        var user = TestUsers.Register();
        var stampBefore = user.SecurityStamp;

        user.UpgradePasswordHash("hash-2", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.PasswordHash, Is.EqualTo("hash-2"));
            Assert.That(user.SecurityStamp, Is.EqualTo(stampBefore));
        }
    }

    [Test]
    public void ReplaceRoles_NewSet_ReplacesTheRolesAlwaysKeepingUser()
    {
        var user = TestUsers.Register();
        user.GrantRole(Role.Admin, TestUsers.RegisteredAt);

        var changed = user.ReplaceRoles([Role.Moderator], TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.True);
            Assert.That(user.RoleNames, Is.EqualTo(new[] { RoleName.User, RoleName.Moderator }));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
        }
    }

    [Test]
    public void ReplaceRoles_OnlyAdding_KeepsTheSecurityStamp()
    {
        var user = TestUsers.Register();
        var stampBefore = user.SecurityStamp;

        user.ReplaceRoles([Role.Moderator, Role.Admin], TestUsers.Later);

        Assert.That(user.SecurityStamp, Is.EqualTo(stampBefore));
    }

    [Test]
    public void ReplaceRoles_RemovingARole_RotatesTheSecurityStamp()
    {
        var user = TestUsers.Register();
        user.GrantRole(Role.Moderator, TestUsers.RegisteredAt);
        var stampBefore = user.SecurityStamp;

        user.ReplaceRoles([Role.Admin], TestUsers.Later);

        Assert.That(user.SecurityStamp, Is.Not.EqualTo(stampBefore));
    }

    [Test]
    public void ReplaceRoles_EmptySet_LeavesOnlyUser()
    {
        var user = TestUsers.Register();
        user.GrantRole(Role.Moderator, TestUsers.RegisteredAt);

        user.ReplaceRoles([], TestUsers.Later);

        Assert.That(user.RoleNames, Is.EqualTo(new[] { RoleName.User }));
    }

    [Test]
    public void ReplaceRoles_SameSet_ReportsNoChangeAndKeepsUpdatedAt()
    {
        var user = TestUsers.Register();

        var changed = user.ReplaceRoles([Role.User], TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.False);
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.RegisteredAt));
        }
    }

    [Test]
    public void ChangeMetadata_Object_IsStored()
    {
        var user = TestUsers.Register();

        user.ChangeMetadata("""{"plan":"pro"}""", TestUsers.Later);

        Assert.That(user.Metadata, Is.EqualTo("""{"plan":"pro"}"""));
    }

    [TestCase("[1]")]
    [TestCase("")]
    public void ChangeMetadata_NotAnObject_Throws(string json)
    {
        var user = TestUsers.Register();

        var exception = Assert.Throws<DomainRuleViolationException>(() => user.ChangeMetadata(json, TestUsers.Later));

        Assert.That(exception.Field, Is.EqualTo("metadata"));
    }
}
