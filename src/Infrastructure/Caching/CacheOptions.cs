using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Infrastructure.Caching;

public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>
    /// The longest an entry lives in a replica's memory. Invalidation messages normally evict it at
    /// once; this bounds the staleness if one is ever lost (Redis pub/sub delivers at most once).
    /// </summary>
    public TimeSpan MemoryTimeToLive { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, int.MaxValue)]
    public int MemoryMaxEntries { get; set; } = 10_000;

    /// <summary>Consecutive Redis failures that open the circuit: Redis is then skipped, not waited for.</summary>
    public int BreakAfterFailures { get; set; } = 3;

    /// <summary>How long the circuit stays open before one trial call checks whether Redis is back.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Evictions are repeated after this delay: a reader that loaded the old row just before the
    /// commit may have cached it just after the first eviction.
    /// </summary>
    public TimeSpan SecondEvictionDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
