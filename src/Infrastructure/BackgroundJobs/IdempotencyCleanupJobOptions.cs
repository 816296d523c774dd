namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>The clean-up of expired idempotency results (section <c>Jobs:IdempotencyCleanup</c>).</summary>
public sealed class IdempotencyCleanupJobOptions
{
    /// <summary>A Quartz cron expression (seconds first), in UTC; by default at minute 47 of every hour.</summary>
    public string Cron { get; set; } = "0 47 * * * ?";

    /// <summary>Rows deleted per statement.</summary>
    public int BatchSize { get; set; } = 1000;
}
