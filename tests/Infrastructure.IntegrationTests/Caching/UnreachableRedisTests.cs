using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>
/// The cache is never the source of truth: with Redis unreachable every read loads from the factory,
/// nothing throws, evictions are kept for later instead of failing the command, and repeated failures
/// open the circuit so that Redis is no longer tried.
/// </summary>
public sealed class UnreachableRedisTests
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(1);

    private ManualClock _clock = null!;
    private CacheNode _node = null!;

    [SetUp]
    public async Task CreateCacheAsync()
    {
        _clock = new ManualClock();
        _node = await CacheNode.CreateAsync(
            RedisTestSettings.ClosedEndpoint,
            RedisTestSettings.UniqueKeyPrefix(),
            new CacheOptions { BreakAfterFailures = 3, BreakDuration = TimeSpan.FromSeconds(5), SecondEvictionDelay = TimeSpan.FromHours(1) },
            _clock,
            timeoutMilliseconds: 200);
    }

    [TearDown]
    public ValueTask DisposeCacheAsync() => _node.DisposeAsync();

    [Test]
    public async Task StoreTryGetAsync_IsNotFoundCountedAsAnErrorAndDoesNotThrow()
    {
        var cached = await _node.Store.TryGetAsync<CachedProfile>("profile:any");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cached.Found, Is.False);
            Assert.That(_node.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Error), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task StoreSetAsync_ReportsNothingStored()
    {
        Assert.That(await _node.Store.SetAsync("profile:any", new CachedProfile("any", 0, []), TimeToLive), Is.False);
    }

    [Test]
    public async Task StoreRemoveAsync_ReportsFailureWithoutThrowing()
    {
        Assert.That(await _node.Store.RemoveAsync(["profile:any"]), Is.False);
    }

    [Test]
    public async Task GetOrCreateAsync_LoadsFromTheFactoryEveryTimeAndStopsAskingRedisOnceTheCircuitOpens()
    {
        var loads = 0;
        var values = new List<int>();
        var errorsAfterEachCall = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            values.Add(await _node.Cache.GetOrCreateAsync("counter", _ => Task.FromResult(Interlocked.Increment(ref loads)), TimeToLive, CancellationToken.None));
            errorsAfterEachCall.Add(_node.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Error));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(values, Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }), "neither memory nor Redis may answer while Redis is unreachable");
            Assert.That(errorsAfterEachCall[0], Is.GreaterThan(0), "a read first asks Redis (failing at once: the connection is known to be down)");
            Assert.That(errorsAfterEachCall[^1], Is.EqualTo(errorsAfterEachCall[^3]), "once the circuit is open, reads no longer ask Redis");
            Assert.That(_node.Requests.Count("memory", CacheMetrics.Hit), Is.Zero);
        }
    }

    [Test]
    public async Task RemoveAsync_DoesNotThrowAndOpensTheCircuitAfterBreakAfterFailuresFailures()
    {
        await _node.Cache.RemoveAsync(["article:one"], CancellationToken.None);
        await _node.Cache.RemoveAsync(["article:two"], CancellationToken.None);
        Assert.That(_node.Breaker.IsOpen, Is.False, "two failures are fewer than BreakAfterFailures");

        await _node.Cache.RemoveAsync(["article:three"], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_node.Breaker.IsOpen, Is.True);
            Assert.That(_node.Breaker.TryEnter(), Is.False, "an open circuit refuses calls until the break is over");
            Assert.That(_node.Store.IsAvailable, Is.False);
        }
    }

    [Test]
    public async Task GetOrCreateAsync_WithTheCircuitOpen_StillLoadsFromTheFactory()
    {
        for (var i = 0; i < 3; i++)
        {
            await _node.Cache.RemoveAsync(["article:" + i], CancellationToken.None);
        }

        Assert.That(_node.Breaker.IsOpen, Is.True, "arrangement: the circuit should be open");

        var value = await _node.Cache.GetOrCreateAsync("article:x", _ => Task.FromResult("from the database"), TimeToLive, CancellationToken.None);

        Assert.That(value, Is.EqualTo("from the database"));
    }
}
