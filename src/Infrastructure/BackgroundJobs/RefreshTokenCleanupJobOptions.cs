namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>The refresh-token clean-up (section <c>Jobs:RefreshTokenCleanup</c>).</summary>
public sealed class RefreshTokenCleanupJobOptions
{
    /// <summary>A Quartz cron expression (seconds first), in UTC; by default at minute 17 of every hour.</summary>
    public string Cron { get; set; } = "0 17 * * * ?";

    /// <summary>Rows deleted per statement, so one run never holds many locks or one long transaction.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>How long an expired token is kept (a replay of it is still recognised and revokes its family meanwhile).</summary>
    public TimeSpan ExpiredRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a revoked or rotated token is kept for replay detection.</summary>
    public TimeSpan RevokedRetention { get; set; } = TimeSpan.FromDays(7);
}
