using CleanBackend.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>
/// Deletes idempotency results past their retention, on the cron schedule of <c>Jobs:IdempotencyCleanup:Cron</c>.
/// Expired rows are already ignored by lookups (and replaced by a new request with their key); this only keeps the
/// table small.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class IdempotencyCleanupJob(
    PostgresIdempotencyStore store,
    TimeProvider timeProvider,
    IOptions<JobsOptions> options,
    ILogger<IdempotencyCleanupJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var batchSize = options.Value.IdempotencyCleanup.BatchSize;
        var now = timeProvider.GetUtcNow();
        var deleted = await BatchedDeletion.DeleteAllAsync(
            cancellation => store.DeleteExpiredBatchAsync(now, batchSize, cancellation),
            batchSize,
            cancellationToken);

        logger.LogInformation("Deleted {Count} expired idempotency result(s)", deleted);
    }
}
