using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Idempotency;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Idempotency;

public sealed class PostgresIdempotencyStoreTests
{
    private const string Scope = "0f8fad5bd9cb469fa16570867728950e";
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly StoredIdempotentResult First = new(new string('a', 64), """{"id":1}""");
    private static readonly StoredIdempotentResult Second = new(new string('b', 64), """{"id":2}""");

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task MigrateAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("idempotency_store");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

    [Test]
    public async Task TryTakeAsync_KeyHeldByAnotherOpenTransaction_IsRefusedUntilThatTransactionEnds()
    {
        await using var holder = _database.CreateDbContext();
        await using var holding = await holder.Database.BeginTransactionAsync();
        Assert.That(await new PostgresIdempotencyStore(holder).TryTakeAsync(Scope, "key", CancellationToken.None), Is.True);

        await using var other = _database.CreateDbContext();
        await using (await other.Database.BeginTransactionAsync())
        {
            var store = new PostgresIdempotencyStore(other);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(await store.TryTakeAsync(Scope, "key", CancellationToken.None), Is.False);
                Assert.That(await store.TryTakeAsync(Scope, "another key", CancellationToken.None), Is.True);
                Assert.That(await store.TryTakeAsync("another scope", "key", CancellationToken.None), Is.True);
            }
        }

        await holding.CommitAsync();
        await using (await other.Database.BeginTransactionAsync())
        {
            Assert.That(await new PostgresIdempotencyStore(other).TryTakeAsync(Scope, "key", CancellationToken.None), Is.True);
        }
    }

    [Test]
    public async Task FindAsync_ResultSavedInACommittedTransaction_IsFoundUntilItExpires()
    {
        await SaveAsync(First, expiresAt: Now.AddHours(24), commit: true);

        await using var reader = _database.CreateDbContext();
        var store = new PostgresIdempotencyStore(reader);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await store.FindAsync(Scope, "key", Now.AddHours(23), CancellationToken.None), Is.EqualTo(First));
            Assert.That(await store.FindAsync(Scope, "key", Now.AddHours(24), CancellationToken.None), Is.Null);
            Assert.That(await store.FindAsync("another scope", "key", Now, CancellationToken.None), Is.Null);
        }
    }

    [Test]
    public async Task SaveAsync_RolledBackWithItsTransaction_LeavesNothing()
    {
        await SaveAsync(First, expiresAt: Now.AddHours(24), commit: false);

        Assert.That(await _database.CountAsync("platform.idempotency_records"), Is.Zero);
    }

    [Test]
    public async Task SaveAsync_OverALiveResult_KeepsTheFirstAndOverAnExpiredOne_ReplacesIt()
    {
        await SaveAsync(First, expiresAt: Now.AddHours(1), commit: true);
        await SaveAsync(Second, expiresAt: Now.AddHours(2), commit: true, savedAt: Now.AddMinutes(30));

        await using (var reader = _database.CreateDbContext())
        {
            Assert.That(await new PostgresIdempotencyStore(reader).FindAsync(Scope, "key", Now.AddMinutes(45), CancellationToken.None), Is.EqualTo(First));
        }

        await SaveAsync(Second, expiresAt: Now.AddHours(3), commit: true, savedAt: Now.AddHours(1));

        await using (var reader = _database.CreateDbContext())
        {
            Assert.That(await new PostgresIdempotencyStore(reader).FindAsync(Scope, "key", Now.AddHours(2), CancellationToken.None), Is.EqualTo(Second));
        }
    }

    private async Task SaveAsync(StoredIdempotentResult result, DateTimeOffset expiresAt, bool commit, DateTimeOffset? savedAt = null)
    {
        await using var dbContext = _database.CreateDbContext();
        await using var transaction = await dbContext.Database.BeginTransactionAsync();
        await new PostgresIdempotencyStore(dbContext).SaveAsync(Scope, "key", result, savedAt ?? Now, expiresAt, CancellationToken.None);
        if (commit)
        {
            await transaction.CommitAsync();
        }
    }
}
