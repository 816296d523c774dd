using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>Two schedulers on the migrated store form one cluster: each firing runs exactly once, on either node.</summary>
public sealed class QuartzClusterTests
{
    private static readonly JobKey Job = new("recording", "tests");

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task MigrateAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("quartz_cluster");
        await _database.ExecuteAsync("CREATE TABLE test_job_runs (item text NOT NULL, node text NOT NULL)");
    }

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [Test]
    public async Task TwoNodes_OneCluster_ShareTheFiringsAndRunEachExactlyOnce()
    {
        const int Firings = 16;
        var cluster = "cluster-" + Guid.NewGuid().ToString("N")[..8];
        await using var first = await StartNodeAsync(cluster, "node-a");
        await using var second = await StartNodeAsync(cluster, "node-b");

        var scheduler = await first.SchedulerAsync();
        for (var item = 0; item < Firings; item++)
        {
            await scheduler.TriggerJob(Job, new JobDataMap { ["item"] = item.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var allRan = await Polling.UntilAsync(
            async () => await _database.CountAsync("test_job_runs") >= Firings,
            TimeSpan.FromSeconds(60));

        var items = await _database.ColumnAsync("SELECT item FROM test_job_runs ORDER BY item::int");
        var nodes = await _database.ColumnAsync("SELECT DISTINCT node FROM test_job_runs ORDER BY 1");
        TestContext.Out.WriteLine($"runs per node: {string.Join(", ", await _database.ColumnAsync("SELECT node || '=' || count(*) FROM test_job_runs GROUP BY node ORDER BY 1"))}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(allRan, Is.True, $"only {items.Count} of {Firings} firings ran");
            Assert.That(items, Is.EqualTo(Enumerable.Range(0, Firings).Select(item => item.ToString(System.Globalization.CultureInfo.InvariantCulture))), "each firing exactly once");
            Assert.That(nodes, Is.EqualTo(new[] { "node-a", "node-b" }), "both nodes took work");
        }
    }

    [Test]
    public async Task TwoNodes_Started_BothCheckInToTheCluster()
    {
        var cluster = "cluster-" + Guid.NewGuid().ToString("N")[..8];
        await using var first = await StartNodeAsync(cluster, "node-c");
        await using var second = await StartNodeAsync(cluster, "node-d");

        var bothCheckedIn = await Polling.UntilAsync(
            async () => (await _database.ColumnAsync($"SELECT instance_name FROM quartz.qrtz_scheduler_state WHERE sched_name = '{cluster}'")).Count == 2,
            TimeSpan.FromSeconds(30));

        Assert.That(bothCheckedIn, Is.True);
    }

    private Task<ClusterNode> StartNodeAsync(string cluster, string instanceId) =>
        ClusterNode.StartAsync(_database.ConnectionString, cluster, instanceId, (services, quartz) =>
        {
            services.AddSingleton(new RecordingJobDatabase(_database.ConnectionString));
            quartz.AddJob<RecordingJob>(job => job.WithIdentity(Job).StoreDurably());
        });
}
