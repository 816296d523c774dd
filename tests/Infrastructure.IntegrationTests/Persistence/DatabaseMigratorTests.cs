using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

public sealed class DatabaseMigratorTests
{
    private readonly List<TestDatabase> _databases = [];
    private IReadOnlyList<string> _allMigrations = [];

    [OneTimeSetUp]
    public void ListMigrations()
    {
        // The migrations compiled into the assembly; the connection string is never used to list them.
        using var dbContext = new ApplicationDbContext(
            new DbContextOptionsBuilder<ApplicationDbContext>().UseApplicationDatabase(TestServers.Postgres).Options);
        _allMigrations = dbContext.Database.GetMigrations().ToList();
        Assert.That(_allMigrations, Is.Not.Empty, "the Infrastructure assembly should contain migrations");
    }

    [OneTimeTearDown]
    public async Task DropDatabasesAsync()
    {
        foreach (var database in _databases)
        {
            await database.DropAsync();
        }
    }

    [Test]
    public async Task MigrateAsync_OnAnEmptyDatabase_AppliesEveryMigrationAndSeedsTheRoles()
    {
        var database = await CreateEmptyAsync("migrator_fresh");

        var applied = await MigrateAsync(database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Is.EqualTo(_allMigrations));
            Assert.That(await HistoryAsync(database), Is.EqualTo(_allMigrations));
            Assert.That(
                await database.ColumnAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'identity' ORDER BY 1"),
                Is.EqualTo(new[] { "account_tokens", "data_protection_keys", "failed_login_counters", "mfa_enrolments", "mfa_recovery_codes", "refresh_tokens", "roles", "sessions", "user_roles", "users" }));
            Assert.That(
                await database.ColumnAsync("SELECT id || ':' || name FROM identity.roles ORDER BY id"),
                Is.EqualTo(new[] { "1:User", "2:Moderator", "3:Admin" }));
        }
    }

    [Test]
    public async Task MigrateAsync_OnAnUpToDateDatabase_AppliesNothing()
    {
        var database = await CreateEmptyAsync("migrator_rerun");
        await MigrateAsync(database);

        var appliedAgain = await MigrateAsync(database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(appliedAgain, Is.Empty);
            Assert.That(await HistoryAsync(database), Is.EqualTo(_allMigrations));
            Assert.That(await database.CountAsync("identity.roles"), Is.EqualTo(3), "the seed rows must not be inserted twice");
        }
    }

    [Test]
    public async Task MigrateAsync_StartedByFourReplicasAtOnce_AppliesEachMigrationExactlyOnce()
    {
        var database = await CreateEmptyAsync("migrator_concurrent");

        // Separate contexts (and so separate connections), as four API replicas starting together would have.
        var contexts = Enumerable.Range(0, 4).Select(_ => database.CreateDbContext()).ToList();
        try
        {
            var results = await Task.WhenAll(contexts.Select(dbContext =>
                Task.Run(() => new DatabaseMigrator(dbContext, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None))));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(await HistoryAsync(database), Is.EqualTo(_allMigrations));

                // EF Core's own migrations lock already keeps the history right, so that alone cannot show the
                // advisory lock works. What can: under it the replicas run one after another and only the first
                // finds anything pending; without it (tried) three or four replicas report applying the migrations.
                Assert.That(results.Count(result => result.Count > 0), Is.EqualTo(1), "replicas that applied migrations");
                Assert.That(results.SelectMany(result => result), Is.EqualTo(_allMigrations));
                Assert.That(await database.CountAsync("identity.roles"), Is.EqualTo(3));
            }
        }
        finally
        {
            foreach (var dbContext in contexts)
            {
                await dbContext.DisposeAsync();
            }
        }
    }

    private static async Task<IReadOnlyList<string>> MigrateAsync(TestDatabase database)
    {
        await using var dbContext = database.CreateDbContext();
        return await new DatabaseMigrator(dbContext, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    private static Task<List<string>> HistoryAsync(TestDatabase database) =>
        database.ColumnAsync("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """);

    private async Task<TestDatabase> CreateEmptyAsync(string purpose)
    {
        var database = await IntegrationDatabases.CreateEmptyAsync(purpose);
        _databases.Add(database);
        return database;
    }
}
