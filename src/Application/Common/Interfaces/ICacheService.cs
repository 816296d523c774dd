namespace CleanBackend.Application.Common.Interfaces;

/// <summary>A shared cache. It is never the source of truth: a miss or an unavailable cache means "load it again".</summary>
public interface ICacheService
{
    Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken);

    Task SetAsync<T>(string key, T value, TimeSpan timeToLive, CancellationToken cancellationToken);

    Task RemoveAsync(string key, CancellationToken cancellationToken);
}
