using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>A node stopping gracefully cancels its running jobs' tokens and waits for them to return.</summary>
public sealed class SchedulerShutdownTests
{
    private static readonly JobKey Job = new("blocking", "tests");

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task MigrateAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("quartz_shutdown");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [Test]
    public async Task HostStop_WhileAJobRuns_CancelsItAndWaitsForIt()
    {
        var probe = new BlockingJobProbe();
        var node = await ClusterNode.StartAsync(_database.ConnectionString, "shutdown-" + Guid.NewGuid().ToString("N")[..8], "node-s", (services, quartz) =>
        {
            services.AddSingleton(probe);
            quartz.AddJob<BlockingJob>(job => job.WithIdentity(Job).StoreDurably());
        });

        await (await node.SchedulerAsync()).TriggerJob(Job);
        var started = await Task.WhenAny(probe.Started.Task, Task.Delay(TimeSpan.FromSeconds(30))) == probe.Started.Task;

        await node.DisposeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(started, Is.True, "the job never started");
            Assert.That(probe.SawCancellation, Is.True, "the job's token was cancelled by the shutdown, and the shutdown waited for it to return");
            Assert.That(await _database.CountAsync("quartz.qrtz_fired_triggers"), Is.Zero, "no firing is left behind as running");
        }
    }
}
