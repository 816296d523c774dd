using System.Collections.Concurrent;
using CleanBackend.Application.Common.Interfaces;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Caching;

/// <summary>
/// Memory (L1) in front of Redis (L2) in front of the database.
/// <list type="bullet">
/// <item>Concurrent misses on one key share one load (no stampede on the database).</item>
/// <item>An eviction deletes the key in Redis and is broadcast, so every replica drops its memory copy.</item>
/// <item>While Redis is unavailable the memory level is bypassed too: without the broadcasts it could go
/// stale. When Redis comes back, memory is cleared and the evictions that failed meanwhile are replayed.</item>
/// </list>
/// </summary>
public sealed class TwoLevelCacheService : ICacheService, IHostedService
{
    private const string MemoryCacheName = "memory";

    private readonly RedisCacheStore _redis;
    private readonly MemoryCacheLayer _memory;
    private readonly CacheMetrics _metrics;
    private readonly CacheOptions _options;
    private readonly ILogger<TwoLevelCacheService> _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _loads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _pendingEvictions = new(StringComparer.Ordinal);

    // Every read asks whether evictions wait; ConcurrentDictionary.IsEmpty takes all its locks when the
    // answer is yes (nearly always), which serialised the cache-served reads. A counter answers without locks.
    private int _pendingEvictionCount;
    private int _subscribed;
    private int _replaying;

    public TwoLevelCacheService(
        RedisCacheStore redis,
        MemoryCacheLayer memory,
        CircuitBreaker breaker,
        CacheMetrics metrics,
        IOptions<CacheOptions> options,
        ILogger<TwoLevelCacheService> logger)
    {
        _redis = redis;
        _memory = memory;
        _metrics = metrics;
        _options = options.Value;
        _logger = logger;
        breaker.Recovered += OnRedisBack;
        redis.ConnectionChanged += OnRedisBack;
    }

    /// <summary>Memory is only trusted while this replica hears the other replicas' evictions.</summary>
    private bool MemoryIsUsable => Volatile.Read(ref _subscribed) == 1 && _redis.IsAvailable;

    public Task StartAsync(CancellationToken cancellationToken) => SubscribeAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> factory, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ReplayPendingEvictions();

        if (MemoryIsUsable)
        {
            if (_memory.TryGet<T>(key, out var remembered))
            {
                _metrics.Record(MemoryCacheName, CacheMetrics.Hit);
                return remembered!;
            }

            _metrics.Record(MemoryCacheName, CacheMetrics.Miss);
        }

        // Every caller waits for the shared load to finish, even if its own request is cancelled:
        // the load runs in the first caller's scope, which must outlive it.
        Lazy<Task<object?>>? load = null;
        load = _loads.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () =>
        {
            try
            {
                return await LoadAsync(key, factory, timeToLive);
            }
            finally
            {
                _loads.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, load!));
            }
        }));
        return (T)(await load.Value)!;
    }

    public async Task RemoveAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await EvictAsync(keys);

        // A reader that loaded the old row just before the commit may cache it just after this
        // eviction; a second one a moment later removes that copy.
        _ = EvictAgainLaterAsync(keys);
    }

    private async Task EvictAgainLaterAsync(IReadOnlyCollection<string> keys)
    {
        await Task.Delay(_options.SecondEvictionDelay);
        await EvictAsync(keys);
    }

    private async Task<object?> LoadAsync<T>(string key, Func<CancellationToken, Task<T>> factory, TimeSpan timeToLive)
    {
        // Always asked: the store answers at once while the circuit is open, and a read is what lets
        // the circuit's trial call find Redis back even when no write comes.
        var shared = await _redis.TryGetAsync<T>(key);
        if (shared.Found)
        {
            if (MemoryIsUsable)
            {
                _memory.Set(key, shared.Value, timeToLive);
            }

            return shared.Value;
        }

        var loaded = await factory(CancellationToken.None);
        if (loaded is not null && await _redis.SetAsync(key, loaded, timeToLive) && MemoryIsUsable)
        {
            _memory.Set(key, loaded, timeToLive);
        }

        return loaded;
    }

    private async Task EvictAsync(IReadOnlyCollection<string> keys)
    {
        _memory.Remove(keys);
        if (!await _redis.RemoveAsync(keys))
        {
            foreach (var key in keys)
            {
                if (_pendingEvictions.TryAdd(key, 0))
                {
                    Interlocked.Increment(ref _pendingEvictionCount);
                }
            }
        }
    }

    private void OnRedisBack()
    {
        // Invalidations broadcast while Redis was away never arrived here, and ours never left.
        _memory.Clear();
        _ = SubscribeAsync();
        ReplayPendingEvictions();
    }

    private void ReplayPendingEvictions()
    {
        // The client may report a restored connection a moment before it accepts commands; a replay
        // attempted then would only fail again, so it waits for the next call that finds Redis usable.
        if (Volatile.Read(ref _pendingEvictionCount) == 0 || !_redis.IsAvailable || Interlocked.Exchange(ref _replaying, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var pending = _pendingEvictions.Keys.ToArray();
                foreach (var key in pending)
                {
                    if (_pendingEvictions.TryRemove(key, out _))
                    {
                        Interlocked.Decrement(ref _pendingEvictionCount);
                    }
                }

                if (pending.Length > 0)
                {
                    _logger.LogInformation("Redis is reachable again: replaying {Count} cache eviction(s)", pending.Length);
                    await EvictAsync(pending);
                }
            }
            finally
            {
                Volatile.Write(ref _replaying, 0);
            }
        });
    }

    // The client re-subscribes by itself after a reconnect; only a first subscription that failed
    // (Redis down at start) has to be retried, which the breaker's recovery triggers.
    private async Task SubscribeAsync()
    {
        if (Volatile.Read(ref _subscribed) == 1)
        {
            return;
        }

        try
        {
            await _redis.SubscribeToInvalidationsAsync(_memory.Remove);
            Volatile.Write(ref _subscribed, 1);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            _logger.LogWarning(exception, "Could not subscribe to cache invalidations yet; memory caching stays off until Redis answers");
        }
    }
}
