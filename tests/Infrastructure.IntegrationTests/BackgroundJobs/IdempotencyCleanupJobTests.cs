using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Infrastructure.BackgroundJobs;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Idempotency;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Quartz;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

public sealed class IdempotencyCleanupJobTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task MigrateAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("idempotency_cleanup");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

    [Test]
    public async Task Execute_ExpiredResults_AreDeletedInBatchesAndLiveOnesKept()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var dbContext = _database.CreateDbContext())
        {
            var store = new PostgresIdempotencyStore(dbContext);
            var result = new StoredIdempotentResult(new string('f', 64), "{}");
            foreach (var expired in Enumerable.Range(0, 5))
            {
                await store.SaveAsync("caller", $"expired-{expired}", result, now.AddDays(-2), now.AddDays(-1), CancellationToken.None);
            }

            await store.SaveAsync("caller", "live", result, now, now.AddHours(1), CancellationToken.None);
        }

        await using (var dbContext = _database.CreateDbContext())
        {
            var job = new IdempotencyCleanupJob(
                new PostgresIdempotencyStore(dbContext),
                TimeProvider.System,
                Options.Create(new JobsOptions { IdempotencyCleanup = new IdempotencyCleanupJobOptions { BatchSize = 2 } }),
                NullLogger<IdempotencyCleanupJob>.Instance);
            await job.Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);
        }

        Assert.That(await _database.ColumnAsync("SELECT key FROM platform.idempotency_records"), Is.EqualTo(new[] { "live" }));
    }
}
