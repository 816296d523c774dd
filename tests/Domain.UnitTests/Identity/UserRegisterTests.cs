using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;

namespace CleanBackend.Domain.UnitTests.Identity;

public class UserRegisterTests
{
    [Test]
    public void Register_ValidInput_KeepsTheValuesAndNormalizesUsernameAndEmail()
    {
        var user = User.Register("JohnDoe", "  John.Doe@Example.COM ", "hash-1", TestUsers.RegisteredAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(user.Username, Is.EqualTo("JohnDoe"));
            Assert.That(user.NormalizedUsername, Is.EqualTo("johndoe"));
            Assert.That(user.Email, Is.EqualTo("John.Doe@Example.COM"));
            Assert.That(user.NormalizedEmail, Is.EqualTo("john.doe@example.com"));
            Assert.That(user.PasswordHash, Is.EqualTo("hash-1"));
            Assert.That(user.Bio, Is.Null);
            Assert.That(user.Image, Is.Null);
            Assert.That(user.Metadata, Is.EqualTo("{}"));
            Assert.That(user.CreatedAt, Is.EqualTo(TestUsers.RegisteredAt));
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.RegisteredAt));
        }
    }

    [Test]
    public void Register_ValidInput_CreatesAnActiveUserWithOnlyTheUserRole()
    {
        var user = TestUsers.Register();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.IsActive, Is.True);
            Assert.That(user.RoleNames, Is.EqualTo(new[] { RoleName.User }));
            Assert.That(user.Roles.Single().UserId, Is.EqualTo(user.Id));
            Assert.That(user.Roles.Single().RoleId, Is.EqualTo(Role.User.Id));
            Assert.That(user.SecurityStamp, Is.Not.EqualTo(Guid.Empty));
        }
    }

    [Test]
    public void Register_ValidInput_RaisesExactlyOneUserRegisteredEvent()
    {
        var user = User.Register("JohnDoe", " John.Doe@Example.COM", "hash-1", TestUsers.RegisteredAt);

        Assert.That(
            user.DomainEvents,
            Is.EqualTo(new IDomainEvent[] { new UserRegistered(user.Id, "JohnDoe", "John.Doe@Example.COM", TestUsers.RegisteredAt) }));
    }

    [Test]
    public void ClearDomainEvents_AfterRegister_RemovesTheEvent()
    {
        var user = TestUsers.Register();

        user.ClearDomainEvents();

        Assert.That(user.DomainEvents, Is.Empty);
    }

    [Test]
    public void Register_TwoUsers_GetDistinctIdsAndSecurityStamps()
    {
        var first = TestUsers.Register("first", "first@example.com");
        var second = TestUsers.Register("second", "second@example.com");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Id, Is.Not.EqualTo(first.Id));
            Assert.That(second.SecurityStamp, Is.Not.EqualTo(first.SecurityStamp));
        }
    }

    [TestCase("")]
    [TestCase("ab")]
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456")]
    [TestCase("john doe")]
    [TestCase("jöhn")]
    [TestCase("john.doe")]
    public void Register_InvalidUsername_ThrowsForTheUsernameField(string username)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TestUsers.Register(username: username));

        Assert.That(exception.Field, Is.EqualTo("username"));
    }

    [TestCase("")]
    [TestCase("john")]
    [TestCase("john@localhost")]
    [TestCase("john@@example.com")]
    public void Register_InvalidEmail_ThrowsForTheEmailField(string email)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TestUsers.Register(email: email));

        Assert.That(exception.Field, Is.EqualTo("email"));
    }

    [TestCase("", "can't be blank")]
    [TestCase("   ", "can't be blank")]
    [TestCase("ab", "is too short (minimum is 3 characters)")]
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456", "is too long (maximum is 32 characters)")]
    [TestCase("john.doe", "is invalid")]
    public void Register_InvalidUsername_RefusesWithTheMessageTheRequestValidatorGives(string username, string message)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TestUsers.Register(username: username));

        Assert.That(exception.Rule, Is.EqualTo(message).And.EqualTo(UsernameRules.ProblemWith(username)));
    }

    [TestCase("", "can't be blank")]
    [TestCase("john@localhost", "is invalid")]
    public void Register_InvalidEmail_RefusesWithTheMessageTheRequestValidatorGives(string email, string message)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TestUsers.Register(email: email));

        Assert.That(exception.Rule, Is.EqualTo(message).And.EqualTo(EmailRules.ProblemWith(email)));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Register_BlankPasswordHash_ThrowsForThePasswordField(string passwordHash)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TestUsers.Register(passwordHash: passwordHash));

        Assert.That(exception.Field, Is.EqualTo("password"));
    }
}
