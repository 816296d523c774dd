using CleanBackend.TestSupport;
using CleanBackend.WebApi.FunctionalTests.Operations;

namespace CleanBackend.WebApi.FunctionalTests.Notifications;

/// <summary><c>dotnet CleanBackend.WebApi.dll seed --users N</c>: demo users for the newsletter demo, idempotent.</summary>
[NonParallelizable]
public sealed class SeedDemoUsersCommandTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await TestDatabase.CreateMigratedAsync($"cleanbackend_functional_seed_{Guid.NewGuid():N}"[..38]);

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [Test]
    public async Task Seed_with_users_creates_that_many_subscribed_demo_users_once_and_queues_no_welcome_mail()
    {
        var settings = RealProcessSettings.For(_database);
        settings["Seed__Administrator__Password"] = "cli-tests-admin-password";
        settings["Seed__DemoUsers__Password"] = "cli-tests-demo-password";

        var first = await ApiProcess.RunToEndAsync(["seed", "--users", "25"], TimeSpan.FromMinutes(2), settings);
        var again = await ApiProcess.RunToEndAsync(["seed", "--users", "30"], TimeSpan.FromMinutes(2), settings);
        var broken = await ApiProcess.RunToEndAsync(["seed", "--users", "many"], TimeSpan.FromMinutes(2), settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ExitCode, Is.Zero, first.Output);
            Assert.That(again.ExitCode, Is.Zero, again.Output);
            Assert.That(broken.ExitCode, Is.Not.Zero, "a count that is no number");
            Assert.That(await ScalarAsync("SELECT count(*) FROM identity.users WHERE username LIKE 'demo%' AND receives_newsletter AND is_active"), Is.EqualTo(30));
            Assert.That(await ScalarAsync("SELECT count(*) FROM notifications.outbound_emails WHERE recipient LIKE '%@demo.cleanbackend.local'"), Is.Zero);
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
