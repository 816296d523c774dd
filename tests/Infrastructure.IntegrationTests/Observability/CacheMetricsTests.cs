using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Observability;
using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Prometheus;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Observability;

/// <summary>
/// cache_requests_total{cache,result} as the Redis cache level records it, against the real Redis for
/// hits and misses and a closed port for errors, end to end (store → meter → collector → text).
/// </summary>
public sealed class CacheMetricsTests
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private TestMeterFactory _meterFactory = null!;
    private CacheRequestRecorder _recorder = null!;
    private RedisConnection? _connection;

    [SetUp]
    public void CreateMeters()
    {
        _meterFactory = new TestMeterFactory();
        _recorder = new CacheRequestRecorder(_meterFactory);
    }

    [TearDown]
    public async Task DisposeAsync()
    {
        _recorder.Dispose();
        _meterFactory.Dispose();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    [Test]
    public async Task TryGetAsync_AStoredKeyAndAMissingKey_CountAHitAndAMiss()
    {
        var cache = await ConnectedCacheAsync();
        await cache.SetAsync("profile:stored", new CachedProfile("stored", 1, []), TimeToLive);

        await cache.TryGetAsync<CachedProfile>("profile:stored");
        await cache.TryGetAsync<CachedProfile>("profile:absent");
        await cache.TryGetAsync<CachedProfile>("profile:stored");

        Assert.That(_recorder.Requests, Is.EqualTo(new[] { "redis/hit", "redis/miss", "redis/hit" }), "writes are not lookups and count nothing");
    }

    [Test]
    public async Task TryGetAsync_RedisUnreachable_CountsAnErrorNotAMiss()
    {
        var cache = CacheOn(RedisTestSettings.ClosedEndpoint, RedisTestSettings.ForClosedPort());

        await cache.TryGetAsync<CachedProfile>("profile:any");

        Assert.That(_recorder.Requests, Is.EqualTo(new[] { "redis/error" }));
    }

    [Test]
    public async Task Collect_ExportsTheLookupsAsCacheRequestsTotal()
    {
        // The collector hears only the meters of its own factory, as in a host.
        using var collector = new MetricsCollector(Options.Create(new MetricsOptions()), _meterFactory);
        var cache = await ConnectedCacheAsync();
        await cache.SetAsync("profile:exported", new CachedProfile("exported", 1, []), TimeToLive);

        await cache.TryGetAsync<CachedProfile>("profile:exported");
        await cache.TryGetAsync<CachedProfile>("profile:not-there");

        var scrape = PrometheusExposition.Parse(PrometheusTextFormat.Write(collector.Collect()));
        var samples = scrape.SamplesNamed("cache_requests_total");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Types["cache_requests_total"], Is.EqualTo("counter"));
            Assert.That(samples, Has.Some.Matches<PrometheusSample>(sample => sample.HasLabels(("cache", "redis"), ("result", "hit")) && sample.Value == 1));
            Assert.That(samples, Has.Some.Matches<PrometheusSample>(sample => sample.HasLabels(("cache", "redis"), ("result", "miss")) && sample.Value == 1));
            Assert.That(samples.Select(sample => sample.Labels.Keys.Order().ToArray()), Has.All.EqualTo(new[] { "cache", "result" }));
        }
    }

    private async Task<RedisCacheStore> ConnectedCacheAsync()
    {
        var cache = CacheOn(TestServers.Redis, RedisTestSettings.ForRunningServer());

        // The connection is opened in the background; a call before it is up fails fast by design.
        Assert.That(await Polling.UntilAsync(() => _connection!.IsConnected, TimeSpan.FromSeconds(10)), Is.True, "Redis did not connect");
        return cache;
    }

    private RedisCacheStore CacheOn(string endpoint, IOptions<RedisOptions> options)
    {
        _connection = new RedisConnection(endpoint, options);
        var breaker = new CircuitBreaker(failureThreshold: 3, TimeSpan.FromSeconds(5), TimeProvider.System);
        return new RedisCacheStore(_connection, breaker, options, new CacheMetrics(_meterFactory), NullLogger<RedisCacheStore>.Instance);
    }
}
