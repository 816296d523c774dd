namespace CleanBackend.Application.Common.Caching;

/// <summary>
/// Opts a query into the caching behaviour. Only for responses that are the same for every caller
/// (no viewer-dependent flags); the commands that change the data evict <see cref="CacheKey"/>.
/// </summary>
public interface ICachedQuery
{
    string CacheKey { get; }

    TimeSpan CacheDuration { get; }
}
