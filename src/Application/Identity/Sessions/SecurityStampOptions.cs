namespace CleanBackend.Application.Identity.Sessions;

public sealed class SecurityStampOptions
{
    public const string SectionName = "SecurityStamp";

    /// <summary>
    /// How long a user's current stamp may be served from the cache. Changes evict it at once on
    /// every replica; this only bounds the staleness should an eviction be lost.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(15);
}
