using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>Connection pool and resilience settings, applied on top of ConnectionStrings:Postgres.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    [Range(1, int.MaxValue)]
    public int MaxPoolSize { get; set; } = 100;

    [Range(0, int.MaxValue)]
    public int MinPoolSize { get; set; }

    [Range(0, int.MaxValue)]
    public int ConnectionTimeoutSeconds { get; set; } = 15;

    [Range(0, int.MaxValue)]
    public int CommandTimeoutSeconds { get; set; } = 30;

    [Range(0, int.MaxValue)]
    public int MaxRetryCount { get; set; } = 3;

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Retry-After of a 503 answered while the database is unreachable.</summary>
    [Range(0, int.MaxValue)]
    public int RetryAfterSeconds { get; set; } = 5;
}
