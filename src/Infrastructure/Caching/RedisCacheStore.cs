using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.Caching;

/// <summary>
/// The shared (second) cache level in Redis, behind a circuit breaker: while Redis fails or is
/// disconnected, calls return at once as failures instead of waiting for timeouts, and callers fall
/// back to the database. Also carries the invalidation messages between replicas (pub/sub).
/// </summary>
public sealed class RedisCacheStore(
    RedisConnection connection,
    CircuitBreaker breaker,
    IOptions<RedisOptions> options,
    CacheMetrics metrics,
    ILogger<RedisCacheStore> logger)
{
    public const string CacheName = "redis";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private string Prefix => options.Value.KeyPrefix;

    private RedisChannel InvalidationChannel => Prefix + "invalidations";

    /// <summary>False while the circuit is open or the connection is down: Redis would not answer now.</summary>
    public bool IsAvailable => !breaker.IsOpen && connection.IsConnected;

    public async Task<CacheLookup<T>> TryGetAsync<T>(string key)
    {
        var (succeeded, found) = await RunAsync(database => database.StringGetAsync(Prefix + key), "read", key);
        if (!succeeded)
        {
            metrics.Record(CacheName, CacheMetrics.Error);
            return CacheLookup<T>.Missing;
        }

        metrics.Record(CacheName, found.IsNull ? CacheMetrics.Miss : CacheMetrics.Hit);
        return found.IsNull ? CacheLookup<T>.Missing : new CacheLookup<T>(true, JsonSerializer.Deserialize<T>((byte[])found!, SerializerOptions));
    }

    public async Task<bool> SetAsync<T>(string key, T value, TimeSpan timeToLive)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(value, SerializerOptions);
        var (succeeded, stored) = await RunAsync(database => database.StringSetAsync(Prefix + key, payload, timeToLive), "write", key);
        return succeeded && stored;
    }

    /// <summary>Deletes the keys and tells every replica to drop them from memory; false if Redis could not be reached.</summary>
    public async Task<bool> RemoveAsync(IReadOnlyCollection<string> keys)
    {
        var (succeeded, _) = await RunAsync(
            async database =>
            {
                await database.KeyDeleteAsync(keys.Select(key => (RedisKey)(Prefix + key)).ToArray());
                return await database.PublishAsync(InvalidationChannel, string.Join('\n', keys));
            },
            "eviction",
            string.Join(", ", keys));
        return succeeded;
    }

    public async Task SubscribeToInvalidationsAsync(Action<IReadOnlyList<string>> onInvalidated)
    {
        var subscriber = await connection.GetSubscriberAsync();
        await subscriber.SubscribeAsync(InvalidationChannel, (_, message) =>
            onInvalidated(Encoding.UTF8.GetString((byte[])message!).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    private async Task<(bool Succeeded, TResult? Result)> RunAsync<TResult>(Func<IDatabase, Task<TResult>> operation, string what, string key)
    {
        if (!breaker.TryEnter())
        {
            return (false, default);
        }

        if (!connection.IsConnected)
        {
            breaker.RecordFailure();
            return (false, default);
        }

        try
        {
            var result = await operation(await connection.GetDatabaseAsync());
            breaker.RecordSuccess();
            return (true, result);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            breaker.RecordFailure();
            logger.LogWarning(exception, "Redis cache {Operation} of {CacheKey} failed; using the database", what, key);
            return (false, default);
        }
    }
}
