using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

public sealed class UnitOfWorkTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("unit_of_work");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

    [Test]
    public async Task ExecuteInTransactionAsync_CommitsAndReturnsTheRaisedDomainEvents()
    {
        await using var dbContext = _database.CreateDbContext();
        var user = TestUsers.Register("committer");

        var committed = await new UnitOfWork(dbContext).ExecuteInTransactionAsync(
            _ =>
            {
                new UserRepository(dbContext).Add(user);
                return Task.FromResult(user.Id);
            },
            CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(committed.Result, Is.EqualTo(user.Id));
            Assert.That(committed.DomainEvents, Has.Count.EqualTo(1));
            Assert.That(committed.DomainEvents[0], Is.TypeOf<UserRegistered>());
            Assert.That(((UserRegistered)committed.DomainEvents[0]).UserId, Is.EqualTo(user.Id));

            // Handed over once: events left on the entity would be published again by the next unit of work.
            Assert.That(user.DomainEvents, Is.Empty);
        }

        // Read back through another context, so the assertion sees the database and not the change tracker.
        await using var reader = _database.CreateDbContext();
        var saved = await new UserRepository(reader).FindByIdAsync(user.Id, CancellationToken.None);
        Assert.That(saved, Is.Not.Null);
        Assert.That(saved!.RoleNames, Is.EqualTo(new[] { RoleName.User }));
    }

    [Test]
    public async Task ExecuteInTransactionAsync_WhenTheOperationThrowsAfterSaving_RollsEverythingBack()
    {
        await using var dbContext = _database.CreateDbContext();
        var unitOfWork = new UnitOfWork(dbContext);
        var user = TestUsers.Register("rolled_back");

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.ExecuteInTransactionAsync<int>(
            async cancellationToken =>
            {
                new UserRepository(dbContext).Add(user);

                // The rows reach the database inside the transaction, so only a rollback can remove them.
                await unitOfWork.SaveChangesAsync(cancellationToken);
                throw new InvalidOperationException("the operation failed after saving");
            },
            CancellationToken.None));

        Assert.That(exception.Message, Is.EqualTo("the operation failed after saving"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _database.CountAsync("identity.users"), Is.Zero);
            Assert.That(await _database.CountAsync("identity.user_roles"), Is.Zero);
        }
    }

    [Test]
    public async Task ExecuteInTransactionAsync_WhenAnotherRequestTookTheUsernameAfterTheCheck_ThrowsConflictForUsername()
    {
        var exception = await RaceAsync(TestUsers.Register("racer", "first@example.com"), TestUsers.Register("RACER", "second@example.com"));

        Assert.That(exception.Fields, Is.EqualTo(new[] { "username" }));
        Assert.That(await _database.CountAsync("identity.users"), Is.EqualTo(1));
    }

    [Test]
    public async Task ExecuteInTransactionAsync_WhenAnotherRequestTookTheEmailAfterTheCheck_ThrowsConflictForEmail()
    {
        var exception = await RaceAsync(TestUsers.Register("first", "shared@example.com"), TestUsers.Register("second", "Shared@Example.COM"));

        Assert.That(exception.Fields, Is.EqualTo(new[] { "email" }));
        Assert.That(await _database.CountAsync("identity.users"), Is.EqualTo(1));
    }

    [Test]
    public async Task SaveChangesAsync_WhenTwoRequestsRotateTheSameRefreshToken_TheSecondGetsAConcurrencyConflict()
    {
        var now = DateTimeOffset.UtcNow;
        var user = TestUsers.Register("rotator");
        var original = RefreshToken.StartFamily(user.Id, Hash('0'), now, TimeSpan.FromDays(1));
        await _database.AddAsync(user, original);

        await using var firstContext = _database.CreateDbContext();
        await using var secondContext = _database.CreateDbContext();
        var firstCopy = await new RefreshTokenRepository(firstContext).FindByHashAsync(Hash('0'), CancellationToken.None);
        var secondCopy = await new RefreshTokenRepository(secondContext).FindByHashAsync(Hash('0'), CancellationToken.None);
        var firstSuccessor = firstCopy!.Rotate(Hash('1'), now, TimeSpan.FromDays(1));
        var secondSuccessor = secondCopy!.Rotate(Hash('2'), now, TimeSpan.FromDays(1));
        new RefreshTokenRepository(firstContext).Add(firstSuccessor);
        new RefreshTokenRepository(secondContext).Add(secondSuccessor);

        await new UnitOfWork(firstContext).SaveChangesAsync(CancellationToken.None);
        var exception = Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => new UnitOfWork(secondContext).SaveChangesAsync(CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("refresh_tokens"));
        await using var reader = _database.CreateDbContext();
        var family = await new RefreshTokenRepository(reader).ListFamilyAsync(original.FamilyId, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(family.Select(token => token.TokenHash), Is.EquivalentTo(new[] { Hash('0'), Hash('1') }));
            Assert.That(family.Single(token => token.Id == original.Id).ReplacedById, Is.EqualTo(firstSuccessor.Id));
        }
    }

    private static string Hash(char filler) => new(filler, 64);

    /// <summary>
    /// Both requests check the value is free before either commits, as two concurrent registrations do;
    /// the first commits, and the unique index has to stop the second.
    /// </summary>
    private async Task<ConflictException> RaceAsync(User first, User second)
    {
        await using var firstContext = _database.CreateDbContext();
        await using var secondContext = _database.CreateDbContext();
        var secondUsers = new UserRepository(secondContext);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await secondUsers.IsUsernameTakenAsync(second.Username, null, CancellationToken.None), Is.False);
            Assert.That(await secondUsers.IsEmailTakenAsync(second.Email, null, CancellationToken.None), Is.False);
        }

        await new UnitOfWork(firstContext).ExecuteInTransactionAsync(
            _ =>
            {
                new UserRepository(firstContext).Add(first);
                return Task.FromResult(true);
            },
            CancellationToken.None);

        var exception = Assert.ThrowsAsync<ConflictException>(() => new UnitOfWork(secondContext).ExecuteInTransactionAsync(
            _ =>
            {
                secondUsers.Add(second);
                return Task.FromResult(true);
            },
            CancellationToken.None));
        return exception!;
    }
}
