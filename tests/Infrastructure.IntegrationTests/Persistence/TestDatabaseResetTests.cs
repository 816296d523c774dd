using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// TestDatabase.ResetAsync is what keeps the functional tests independent of each other, so it gets tests
/// of its own. Each test starts from a freshly migrated database: how the first reset behaves matters.
/// </summary>
public sealed class TestDatabaseResetTests
{
    private TestDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("reset");

    [TearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [Test]
    public async Task KeptTables_RightAfterMigrating_AreTheHistoryAndEveryTableWithRows()
    {
        var filled = new List<string>();
        foreach (var table in await _database.ColumnAsync(
            $"SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', '{TestDatabase.JobStoreSchema}') AND table_name <> '{TestDatabase.MigrationsHistoryTable}'"))
        {
            if (await _database.CountAsync(table) > 0)
            {
                filled.Add(table);
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_database.KeptTables, Is.EquivalentTo(filled.Prepend(TestDatabase.MigrationsHistoryTable)));
            Assert.That(_database.KeptTables, Is.EquivalentTo(new[] { TestDatabase.MigrationsHistoryTable, "identity.roles" }));
        }
    }

    [Test]
    public async Task ResetAsync_AfterUsersAndTokensWereAdded_EmptiesThemButKeepsRolesAndHistory()
    {
        var historyBefore = await _database.CountAsync("\"__EFMigrationsHistory\"");
        await AddUserWithTokenAsync("reset_first");

        await _database.ResetAsync();

        await AssertEmptiedAsync(historyBefore);
    }

    [Test]
    public async Task ResetAsync_RunAgainAfterMoreData_EmptiesTheTablesAgain()
    {
        var historyBefore = await _database.CountAsync("\"__EFMigrationsHistory\"");
        await _database.ResetAsync();
        await AddUserWithTokenAsync("reset_second");

        await _database.ResetAsync();

        await AssertEmptiedAsync(historyBefore);
    }

    private async Task AddUserWithTokenAsync(string username)
    {
        var user = TestUsers.Register(username);
        user.GrantRole(Role.Admin, DateTimeOffset.UtcNow);
        var token = RefreshToken.StartFamily(user.Id, new string('a', 64), DateTimeOffset.UtcNow, TimeSpan.FromDays(1));
        await _database.AddAsync(user, token);

        // Guards the arrangement: a reset of tables that were already empty would prove nothing.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _database.CountAsync("identity.users"), Is.EqualTo(1));
            Assert.That(await _database.CountAsync("identity.user_roles"), Is.EqualTo(2));
            Assert.That(await _database.CountAsync("identity.refresh_tokens"), Is.EqualTo(1));
        }
    }

    private async Task AssertEmptiedAsync(long historyBefore)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _database.CountAsync("identity.users"), Is.Zero);
            Assert.That(await _database.CountAsync("identity.user_roles"), Is.Zero);
            Assert.That(await _database.CountAsync("identity.refresh_tokens"), Is.Zero);
            Assert.That(
                await _database.ColumnAsync("SELECT name FROM identity.roles ORDER BY id"),
                Is.EqualTo(new[] { "User", "Moderator", "Admin" }));
            Assert.That(await _database.CountAsync("\"__EFMigrationsHistory\""), Is.EqualTo(historyBefore).And.Positive);
        }
    }
}
