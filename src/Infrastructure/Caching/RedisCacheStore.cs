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

    private readonly RedisCallGuard _guard = new(connection, breaker, options);

    private string Prefix => options.Value.KeyPrefix;

    private RedisChannel InvalidationChannel => RedisChannel.Literal(Prefix + "invalidations");

    /// <summary>Raised when the connection is lost and when it is back.</summary>
    public event Action? ConnectionChanged
    {
        add => connection.ConnectionChanged += value;
        remove => connection.ConnectionChanged -= value;
    }

    /// <summary>False while the circuit is open or the connection is down: Redis would not answer now.</summary>
    public bool IsAvailable => _guard.IsAvailable;

    public async Task<CacheLookup<T>> TryGetAsync<T>(string key)
    {
        var (outcome, found) = await RunAsync(database => database.StringGetAsync(Prefix + key), "read", key);
        if (outcome != RedisCallOutcome.Succeeded)
        {
            // A call the open circuit refused never reached Redis: not an error of Redis's.
            if (outcome == RedisCallOutcome.Failed)
            {
                metrics.Record(CacheName, CacheMetrics.Error);
            }

            return CacheLookup<T>.Missing;
        }

        if (found.IsNull)
        {
            metrics.Record(CacheName, CacheMetrics.Miss);
            return CacheLookup<T>.Missing;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>((byte[])found!, SerializerOptions);
            metrics.Record(CacheName, CacheMetrics.Hit);
            return new CacheLookup<T>(true, value);
        }
        catch (JsonException exception)
        {
            // Left by a deployment whose cached types had another shape, or edited by hand: a miss, reloaded and overwritten.
            metrics.Record(CacheName, CacheMetrics.Error);
            logger.LogWarning(exception, "Redis cache value of {CacheKey} could not be read; using the database", key);
            return CacheLookup<T>.Missing;
        }
    }

    public async Task<bool> SetAsync<T>(string key, T value, TimeSpan timeToLive)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(value, SerializerOptions);
        var (outcome, stored) = await RunAsync(database => database.StringSetAsync(Prefix + key, payload, timeToLive), "write", key);
        return outcome == RedisCallOutcome.Succeeded && stored;
    }

    /// <summary>Deletes the keys and tells every replica to drop them from memory; false if Redis could not be reached.</summary>
    public async Task<bool> RemoveAsync(IReadOnlyCollection<string> keys)
    {
        var (outcome, _) = await RunAsync(
            async database =>
            {
                // Pipelined: both go out on the same connection in this order, so a replica told to drop a key
                // cannot read it back from Redis before the DEL, and the eviction costs one round trip instead of two.
                var deleted = database.KeyDeleteAsync(keys.Select(key => (RedisKey)(Prefix + key)).ToArray());
                var published = database.PublishAsync(InvalidationChannel, string.Join('\n', keys));
                await Task.WhenAll(deleted, published);
                return await published;
            },
            "eviction",
            string.Join(", ", keys));
        return outcome == RedisCallOutcome.Succeeded;
    }

    public async Task SubscribeToInvalidationsAsync(Action<IReadOnlyList<string>> onInvalidated)
    {
        var subscriber = await connection.GetSubscriberAsync();
        await subscriber.SubscribeAsync(InvalidationChannel, (_, message) =>
            onInvalidated(Encoding.UTF8.GetString((byte[])message!).Split('\n', StringSplitOptions.RemoveEmptyEntries))).WaitAsync(TimeSpan.FromMilliseconds(options.Value.ConnectTimeoutMilliseconds));
    }

    private async Task<(RedisCallOutcome Outcome, TResult? Result)> RunAsync<TResult>(Func<IDatabase, Task<TResult>> operation, string what, string key)
    {
        var call = await _guard.RunAsync(multiplexer => operation(multiplexer.GetDatabase()));
        if (call.Error is not null)
        {
            logger.LogWarning(call.Error, "Redis cache {Operation} of {CacheKey} failed; using the database", what, key);
        }

        return (call.Outcome, call.Value);
    }
}
