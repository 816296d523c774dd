namespace CleanBackend.Infrastructure.Persistence;

/// <summary>Connection pool and resilience settings, applied on top of ConnectionStrings:Postgres.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public int MaxPoolSize { get; set; } = 100;

    public int MinPoolSize { get; set; }

    public int ConnectionTimeoutSeconds { get; set; } = 15;

    public int CommandTimeoutSeconds { get; set; } = 30;

    public int MaxRetryCount { get; set; } = 3;

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Retry-After of a 503 answered while the database is unreachable.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
