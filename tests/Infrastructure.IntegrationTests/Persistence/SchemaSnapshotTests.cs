using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using Npgsql;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The drift test passes when it finds no difference, which it would also do if the comparison were blind.
/// These tests change a migrated database on purpose and check that exactly those changes are reported.
/// </summary>
public sealed class SchemaSnapshotTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("snapshot");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [Test]
    public async Task CompareTo_TheSameDatabaseTwice_FindsNoDifference()
    {
        var first = await CaptureAsync();
        var second = await CaptureAsync();

        Assert.That(first.CompareTo(second).IsEmpty, Is.True);
    }

    [Test]
    public async Task CompareTo_AfterTheSchemaWasAltered_ReportsExactlyTheAlterations()
    {
        var before = await CaptureAsync();
        await using (var connection = await _database.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var after = await AlterAndCaptureAsync(connection);
            await transaction.RollbackAsync();

            var difference = before.CompareTo(after);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(
                    difference.OnlyInFirst.Select(item => $"{item.Kind} {item.Name}"),
                    Is.EquivalentTo(new[]
                    {
                        "index identity.users.ix_users_metadata",
                        "column identity.refresh_tokens.token_hash",
                    }));
                Assert.That(
                    difference.OnlyInSecond.Select(item => $"{item.Kind} {item.Name}"),
                    Is.EquivalentTo(new[]
                    {
                        "column identity.users.nickname",
                        "column identity.refresh_tokens.token_hash",
                        "constraint identity.users.ck_users_bio_length",
                    }));

                var report = difference.Describe("migrations", "model");
                Assert.That(report, Does.Contain("only in migrations: index identity.users.ix_users_metadata: CREATE INDEX ix_users_metadata ON users USING gin (metadata jsonb_path_ops)"));
                Assert.That(report, Does.Contain("only in model: column identity.users.nickname: text (text), NULL, default none"));
                Assert.That(report, Does.Contain("only in migrations: column identity.refresh_tokens.token_hash: character varying (varchar), max length 64, NOT NULL"));
                Assert.That(report, Does.Contain("only in model: column identity.refresh_tokens.token_hash: character varying (varchar), max length 128, NOT NULL"));
                Assert.That(report, Does.Contain("only in model: constraint identity.users.ck_users_bio_length: [check] CHECK ((length(bio) < 500))"));
            }
        }

        Assert.That((await CaptureAsync()).CompareTo(before).IsEmpty, Is.True, "the alterations should have been rolled back");
    }

    /// <summary>
    /// One alteration of each kind the comparison must notice: an added column, a dropped index, a changed
    /// column definition and an added constraint. PostgreSQL DDL is transactional, so the caller rolls them back.
    /// </summary>
    private static async Task<SchemaSnapshot> AlterAndCaptureAsync(NpgsqlConnection connection)
    {
        await using (var command = new NpgsqlCommand(
            """
            ALTER TABLE identity.users ADD COLUMN nickname text;
            DROP INDEX identity.ix_users_metadata;
            ALTER TABLE identity.refresh_tokens ALTER COLUMN token_hash TYPE character varying(128);
            ALTER TABLE identity.users ADD CONSTRAINT ck_users_bio_length CHECK (length(bio) < 500);
            """,
            connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return await SchemaSnapshot.CaptureAsync(connection);
    }

    private async Task<SchemaSnapshot> CaptureAsync()
    {
        await using var connection = await _database.OpenConnectionAsync();
        return await SchemaSnapshot.CaptureAsync(connection);
    }
}
