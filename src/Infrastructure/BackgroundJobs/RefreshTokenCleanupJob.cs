using CleanBackend.Infrastructure.Persistence.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>
/// Deletes expired and long-revoked refresh tokens, then the sessions they leave empty, in batches, on the cron schedule of
/// <c>Jobs:RefreshTokenCleanup:Cron</c>. Revoked tokens are kept for a while first: a replay of a rotated token is
/// how a stolen one is noticed (it revokes the whole family), and that needs the row.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RefreshTokenCleanupJob(
    RefreshTokenCleaner cleaner,
    TimeProvider timeProvider,
    IOptions<JobsOptions> options,
    ILogger<RefreshTokenCleanupJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value.RefreshTokenCleanup;
        var now = timeProvider.GetUtcNow();
        var expiredBefore = now - settings.ExpiredRetention;
        var revokedBefore = now - settings.RevokedRetention;
        var deleted = await BatchedDeletion.DeleteAllAsync(
            cancellation => cleaner.DeleteBatchAsync(expiredBefore, revokedBefore, settings.BatchSize, cancellation),
            settings.BatchSize,
            cancellationToken);

        var deletedSessions = await BatchedDeletion.DeleteAllAsync(
            cancellation => cleaner.DeleteSessionsWithoutTokensBatchAsync(settings.BatchSize, cancellation),
            settings.BatchSize,
            cancellationToken);

        logger.LogInformation("Deleted {Count} expired or revoked refresh token(s) and {SessionCount} session(s) left without one", deleted, deletedSessions);
    }
}
