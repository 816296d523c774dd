namespace CleanBackend.Application.Common.Interfaces;

/// <summary>
/// A cache in front of the database. It is never the source of truth: when it is unavailable the
/// value is loaded again, and writes evict what they changed.
/// </summary>
public interface ICacheService
{
    /// <summary>
    /// The cached value, or the one <paramref name="factory"/> loads, which is then cached (a null is
    /// returned but not cached). Concurrent misses on one key in this process share one load.
    /// </summary>
    Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> factory, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Evicts the keys here and in every other replica.</summary>
    Task RemoveAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
