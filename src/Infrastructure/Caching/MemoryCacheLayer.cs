using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Caching;

/// <summary>The first cache level: this replica's memory, bounded in entries and in time.</summary>
public sealed class MemoryCacheLayer(IOptions<CacheOptions> options) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.Value.MemoryMaxEntries });

    public bool TryGet<T>(string key, out T? value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            value = (T?)entry;
            return true;
        }

        value = default;
        return false;
    }

    public void Set<T>(string key, T value, TimeSpan timeToLive)
    {
        var lifetime = timeToLive < options.Value.MemoryTimeToLive ? timeToLive : options.Value.MemoryTimeToLive;
        _entries.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 });
    }

    public void Remove(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _entries.Remove(key);
        }
    }

    public void Clear() => _entries.Clear();

    public void Dispose() => _entries.Dispose();
}
