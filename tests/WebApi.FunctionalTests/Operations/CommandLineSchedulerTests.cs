using CleanBackend.TestSupport;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>The one-shot commands share the API's composition but must never join the job cluster.</summary>
[NonParallelizable]
public sealed class CommandLineSchedulerTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await TestDatabase.CreateEmptyAsync($"cleanbackend_functional_cli_{Guid.NewGuid():N}"[..36]);

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [Test]
    public async Task Migrate_and_seed_run_to_the_end_without_starting_a_scheduler()
    {
        var settings = RealProcessSettings.For(_database);
        settings["Seed__Administrator__Password"] = "cli-tests-admin-password";
        settings["Seed__Administrator__Email"] = "admin-cli@example.test";

        var migrate = await ApiProcess.RunToEndAsync(["migrate"], TimeSpan.FromMinutes(2), settings);
        var seed = await ApiProcess.RunToEndAsync(["seed"], TimeSpan.FromMinutes(2), settings);

        await using var connection = await _database.OpenConnectionAsync();
        await using var checkIns = new Npgsql.NpgsqlCommand("SELECT count(*) FROM quartz.qrtz_scheduler_state", connection);
        await using var welcome = new Npgsql.NpgsqlCommand("SELECT count(*) FROM notifications.outbound_emails WHERE recipient = 'admin-cli@example.test'", connection);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(migrate.ExitCode, Is.Zero, migrate.Output);
            Assert.That(seed.ExitCode, Is.Zero, seed.Output);
            Assert.That((long)(await checkIns.ExecuteScalarAsync())!, Is.Zero, "no scheduler node checked in to the cluster");
            Assert.That((long)(await welcome.ExecuteScalarAsync())!, Is.EqualTo(1), "the seeded administrator's welcome e-mail waits in the outbox for a running node");
        }
    }
}
