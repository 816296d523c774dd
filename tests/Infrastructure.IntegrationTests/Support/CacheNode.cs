using CleanBackend.Infrastructure.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// One replica's cache as the API builds it (memory, Redis store behind a circuit breaker, the
/// two-level service subscribed to invalidations), built by hand so that a test can run several
/// replicas side by side on one Redis and key prefix, and look at their parts.
/// </summary>
internal sealed class CacheNode : IAsyncDisposable
{
    private readonly TestMeterFactory _meterFactory = new();

    private CacheNode(string endpoint, string keyPrefix, CacheOptions cacheOptions, TimeProvider breakerClock, int timeoutMilliseconds)
    {
        var redisOptions = Options.Create(new RedisOptions
        {
            KeyPrefix = keyPrefix,
            ConnectTimeoutMilliseconds = timeoutMilliseconds,
            OperationTimeoutMilliseconds = timeoutMilliseconds,
        });
        var options = Options.Create(cacheOptions);
        Requests = new CacheRequestCounter(_meterFactory);
        var metrics = new CacheMetrics(_meterFactory);
        Connection = new RedisConnection(endpoint, redisOptions);
        Breaker = new CircuitBreaker(cacheOptions.BreakAfterFailures, cacheOptions.BreakDuration, breakerClock);
        StoreLog = new RecordingLogger<RedisCacheStore>();
        Store = new RedisCacheStore(Connection, Breaker, redisOptions, metrics, StoreLog);
        Memory = new MemoryCacheLayer(options);
        Cache = new TwoLevelCacheService(Store, Memory, Breaker, metrics, options, NullLogger<TwoLevelCacheService>.Instance);
    }

    public RedisConnection Connection { get; }

    public CircuitBreaker Breaker { get; }

    public RecordingLogger<RedisCacheStore> StoreLog { get; }

    public RedisCacheStore Store { get; }

    public MemoryCacheLayer Memory { get; }

    public TwoLevelCacheService Cache { get; }

    public CacheRequestCounter Requests { get; }

    /// <summary>Builds a replica and starts it as the host would (subscribing to invalidations), unless <paramref name="start"/> is false.</summary>
    public static async Task<CacheNode> CreateAsync(
        string endpoint,
        string keyPrefix,
        CacheOptions? cacheOptions = null,
        TimeProvider? breakerClock = null,
        int timeoutMilliseconds = RedisTestSettings.RunningServerTimeoutMilliseconds,
        bool start = true)
    {
        var node = new CacheNode(endpoint, keyPrefix, cacheOptions ?? new CacheOptions(), breakerClock ?? TimeProvider.System, timeoutMilliseconds);
        if (start)
        {
            await node.Cache.StartAsync(CancellationToken.None);
        }

        return node;
    }

    public async ValueTask DisposeAsync()
    {
        await Cache.StopAsync(CancellationToken.None);
        await Connection.DisposeAsync();
        Memory.Dispose();
        Requests.Dispose();
        _meterFactory.Dispose();
    }
}
