using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class SeedAdministratorCommandHandlerTests
{
    private static readonly SeedAdministratorCommand Command = new() { Username = "admin", Email = "admin@example.com", Password = "admin-password" };

    private static readonly string[] AdministratorRoles = [RoleName.User, RoleName.Moderator, RoleName.Admin];

    private Mock<IUserRepository> _users = null!;
    private Mock<IPasswordHasher> _passwordHasher = null!;
    private FakeClock _clock = null!;
    private List<User> _added = null!;

    [SetUp]
    public void SetUp()
    {
        _added = [];
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.Add(It.IsAny<User>())).Callback((User user) => _added.Add(user));
        _passwordHasher = new Mock<IPasswordHasher>();
        _passwordHasher.Setup(hasher => hasher.Hash("admin-password")).Returns("hashed-admin-password");
        _clock = new FakeClock();
    }

    [Test]
    public async Task Handle_NoAccountWithTheEmail_CreatesAnAdministratorAndModerator()
    {
        var result = await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_added, Has.Count.EqualTo(1));
        var administrator = _added[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(new SeedAdministratorResult(administrator.Id, Created: true)));
            Assert.That(administrator.Username, Is.EqualTo("admin"));
            Assert.That(administrator.Email, Is.EqualTo("admin@example.com"));
            Assert.That(administrator.PasswordHash, Is.EqualTo("hashed-admin-password"));
            Assert.That(administrator.RoleNames, Is.EqualTo(AdministratorRoles));
        }
    }

    [Test]
    public void Handle_NoAccountWithTheEmailButUsernameTaken_ThrowsAConflictForTheUsername()
    {
        _users.Setup(users => users.IsUsernameTakenAsync("admin", null, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var exception = Assert.ThrowsAsync<ConflictException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Fields, Is.EqualTo(new[] { "username" }));
            Assert.That(_added, Is.Empty);
        }
    }

    [Test]
    public async Task Handle_ExistingAccount_GainsTheRolesWithoutBeingAddedOrGettingANewPassword()
    {
        var existing = TestUsers.Register("someone", "admin@example.com", "existing-hash");
        _users.Setup(users => users.FindByEmailAsync("admin@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(existing);

        var result = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(new SeedAdministratorResult(existing.Id, Created: false)));
            Assert.That(existing.RoleNames, Is.EqualTo(AdministratorRoles));
            Assert.That(existing.PasswordHash, Is.EqualTo("existing-hash"));
            Assert.That(existing.Username, Is.EqualTo("someone"));
            Assert.That(_added, Is.Empty);
        }

        _passwordHasher.Verify(hasher => hasher.Hash(It.IsAny<string>()), Times.Never());
    }

    [Test]
    public async Task Handle_ExistingAdministrator_IsLeftUnchanged()
    {
        var existing = TestUsers.Register("admin", "admin@example.com", "existing-hash");
        existing.GrantRole(Role.Moderator, FakeClock.DefaultStart.AddDays(-1));
        existing.GrantRole(Role.Admin, FakeClock.DefaultStart.AddDays(-1));
        var stamp = existing.SecurityStamp;
        var updatedAt = existing.UpdatedAt;
        _users.Setup(users => users.FindByEmailAsync("admin@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(existing);

        var result = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Created, Is.False);
            Assert.That(existing.SecurityStamp, Is.EqualTo(stamp));
            Assert.That(existing.UpdatedAt, Is.EqualTo(updatedAt));
        }
    }

    private SeedAdministratorCommandHandler Handler() => new(_users.Object, _passwordHasher.Object, _clock);
}
