using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

/// <summary>The tests only read, so the users are saved once for the fixture.</summary>
public sealed class UserRepositoryTests
{
    private TestDatabase _database = null!;
    private User _alice = null!;
    private User _bob = null!;
    private ApplicationDbContext _dbContext = null!;
    private UserRepository _users = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("user_repository");
        _alice = TestUsers.Register("Alice", "Alice@Example.com");
        _bob = TestUsers.Register("bob", "bob@example.com");
        _bob.GrantRole(Role.Admin, DateTimeOffset.UtcNow);
        await _database.AddAsync(_alice, _bob);
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public void CreateRepository()
    {
        _dbContext = _database.CreateDbContext();
        _users = new UserRepository(_dbContext);
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    [TestCase("alice@example.com")]
    [TestCase("ALICE@EXAMPLE.COM")]
    [TestCase("  Alice@Example.com \t")]
    public async Task FindByEmailAsync_IgnoresCaseAndSurroundingWhiteSpace(string email)
    {
        var found = await _users.FindByEmailAsync(email, CancellationToken.None);

        Assert.That(found?.Id, Is.EqualTo(_alice.Id));
    }

    [Test]
    public async Task FindByEmailAsync_LoadsTheUsersRoles()
    {
        var found = await _users.FindByEmailAsync("bob@example.com", CancellationToken.None);

        Assert.That(found?.RoleNames, Is.EqualTo(new[] { RoleName.User, RoleName.Admin }));
    }

    [Test]
    public async Task FindByEmailAsync_ForAnUnknownEmail_ReturnsNull()
    {
        Assert.That(await _users.FindByEmailAsync("nobody@example.com", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task FindByIdAsync_LoadsTheUserWithRoles()
    {
        var found = await _users.FindByIdAsync(_bob.Id, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found?.Username, Is.EqualTo("bob"));
            Assert.That(found?.RoleNames, Is.EqualTo(new[] { RoleName.User, RoleName.Admin }));
        }
    }

    [TestCase("Alice", ExpectedResult = true)]
    [TestCase("alice", ExpectedResult = true)]
    [TestCase(" ALICE ", ExpectedResult = true)]
    [TestCase("alice2", ExpectedResult = false)]
    public Task<bool> IsUsernameTakenAsync_WithoutAnExceptedUser_IgnoresCase(string username) =>
        _users.IsUsernameTakenAsync(username, null, CancellationToken.None);

    [Test]
    public async Task IsUsernameTakenAsync_DoesNotCountTheExceptedUsersOwnName()
    {
        using (Assert.EnterMultipleScope())
        {
            // Alice keeping her own name (in another case) is not a conflict; Bob taking it is.
            Assert.That(await _users.IsUsernameTakenAsync("ALICE", _alice.Id, CancellationToken.None), Is.False);
            Assert.That(await _users.IsUsernameTakenAsync("ALICE", _bob.Id, CancellationToken.None), Is.True);
        }
    }

    [TestCase("alice@example.com", ExpectedResult = true)]
    [TestCase(" ALICE@example.COM ", ExpectedResult = true)]
    [TestCase("alice@example.org", ExpectedResult = false)]
    public Task<bool> IsEmailTakenAsync_WithoutAnExceptedUser_IgnoresCase(string email) =>
        _users.IsEmailTakenAsync(email, null, CancellationToken.None);

    [Test]
    public async Task IsEmailTakenAsync_DoesNotCountTheExceptedUsersOwnEmail()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _users.IsEmailTakenAsync("BOB@example.com", _bob.Id, CancellationToken.None), Is.False);
            Assert.That(await _users.IsEmailTakenAsync("BOB@example.com", _alice.Id, CancellationToken.None), Is.True);
        }
    }
}
