using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Migrations;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>The migrations create Quartz's job store from the script Quartz itself embeds (the drift test leaves the schema out).</summary>
public sealed class QuartzSchemaTests
{
    private static readonly string[] StoreTables =
    [
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_job_details", "qrtz_locks",
        "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers",
    ];

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task MigrateAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("quartz_schema");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [Test]
    public async Task Migration_CreatesTheJobStoreTablesInTheQuartzSchema()
    {
        var tables = await _database.ColumnAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'quartz' ORDER BY 1");

        Assert.That(tables, Is.SupersetOf(StoreTables));
    }

    [Test]
    public async Task Migration_LeavesNoQuartzTableOutsideItsSchema()
    {
        var stray = await _database.ColumnAsync("SELECT schemaname || '.' || tablename FROM pg_tables WHERE tablename LIKE 'qrtz%' AND schemaname <> 'quartz'");

        Assert.That(stray, Is.Empty);
    }

    [Test]
    public void EmbeddedScript_IsSplitIntoPrefixedStatements()
    {
        var statements = CreateNotificationsAndQuartzSchemas.QuartzStatements("quartz.qrtz_");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statements, Has.Count.GreaterThan(StoreTables.Length));
            Assert.That(statements, Has.Some.Contains("CREATE TABLE IF NOT EXISTS quartz.qrtz_job_details"));
            Assert.That(statements, Has.None.Contains("{0}").And.None.Contains("{1}").And.None.Contains("--;;"));
        }
    }

    [Test]
    public async Task EmbeddedScript_RunAgain_DoesNoHarmBecauseEveryStatementIsIdempotent()
    {
        await using var connection = await _database.OpenConnectionAsync();
        foreach (var statement in CreateNotificationsAndQuartzSchemas.QuartzStatements("quartz.qrtz_"))
        {
            await using var command = new Npgsql.NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }

        Assert.That(await _database.CountAsync("quartz.qrtz_job_details"), Is.Zero);
    }
}
