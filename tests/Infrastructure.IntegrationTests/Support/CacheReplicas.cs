using CleanBackend.TestSupport;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// Two replicas' caches on one Redis and one key prefix, plus a connection of the test's own to look at (and
/// tamper with) the keys they share.
/// </summary>
internal sealed class CacheReplicas : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _inspector;

    private CacheReplicas(string keyPrefix, CacheNode first, CacheNode second, ConnectionMultiplexer inspector)
    {
        KeyPrefix = keyPrefix;
        First = first;
        Second = second;
        _inspector = inspector;
        Redis = inspector.GetDatabase();
    }

    public string KeyPrefix { get; }

    public CacheNode First { get; }

    public CacheNode Second { get; }

    /// <summary>The shared Redis, read without either replica's prefix: keys are <see cref="KeyPrefix"/> + key.</summary>
    public IDatabase Redis { get; }

    public static async Task<CacheReplicas> StartAsync()
    {
        var keyPrefix = RedisTestSettings.UniqueKeyPrefix();
        return new CacheReplicas(
            keyPrefix,
            await CacheNode.CreateAsync(TestServers.Redis, keyPrefix),
            await CacheNode.CreateAsync(TestServers.Redis, keyPrefix),
            await ConnectionMultiplexer.ConnectAsync(TestServers.Redis));
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        _inspector.Dispose();
    }
}
