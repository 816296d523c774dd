using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Application.Identity.Sessions;

public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>
    /// How long a live session may be served from the cache to the per-request check. Ending a session evicts it at
    /// once on every replica; this only bounds how long an access token of an ended session works should an eviction
    /// be lost (or when a session ends by a path that does not evict, such as expiry).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(15);
}
