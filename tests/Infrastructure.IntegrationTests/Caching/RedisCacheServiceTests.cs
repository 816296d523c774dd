using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>
/// Against the real Redis. The key prefix is new for every run, so neither another run nor the
/// functional tests can see these keys; every key is written with a TTL, so none outlives the run for long.
/// </summary>
public sealed class RedisCacheServiceTests
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private string _keyPrefix = null!;
    private RedisConnection _connection = null!;
    private RedisCacheService _cache = null!;

    // A connection of the test's own, to look at what the service stored without going through it.
    private ConnectionMultiplexer _inspector = null!;
    private IDatabase _redis = null!;

    [OneTimeSetUp]
    public async Task ConnectAsync()
    {
        var options = RedisTestSettings.ForRunningServer();
        _keyPrefix = options.Value.KeyPrefix;
        _connection = new RedisConnection(TestServers.Redis, options);
        _cache = new RedisCacheService(_connection, options, new CacheMetrics(new TestMeterFactory()), NullLogger<RedisCacheService>.Instance);
        _inspector = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis);
        _redis = _inspector.GetDatabase();
    }

    [OneTimeTearDown]
    public async Task DisconnectAsync()
    {
        await _connection.DisposeAsync();
        _inspector.Dispose();
    }

    [Test]
    public async Task SetAsync_ThenGetAsync_ReturnsAnEqualValue()
    {
        var profile = new CachedProfile("alice", 42, ["dotnet", "postgres"]);

        await _cache.SetAsync("profile:alice", profile, TimeToLive, CancellationToken.None);
        var cached = await _cache.GetAsync<CachedProfile>("profile:alice", CancellationToken.None);

        Assert.That(cached, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cached!.Username, Is.EqualTo("alice"));
            Assert.That(cached.FollowerCount, Is.EqualTo(42));
            Assert.That(cached.Tags, Is.EqualTo(new[] { "dotnet", "postgres" }));
        }
    }

    [Test]
    public async Task SetAsync_StoresUnderThePrefixedKeyWithTheTimeToLive()
    {
        await _cache.SetAsync("profile:ttl", new CachedProfile("ttl", 1, []), TimeToLive, CancellationToken.None);

        var timeToLive = await _redis.KeyTimeToLiveAsync(_keyPrefix + "profile:ttl");
        using (Assert.EnterMultipleScope())
        {
            // Read straight after the write: only an expiry that was set and not longer than asked satisfies both bounds.
            Assert.That(timeToLive, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeToLive));
            Assert.That(await _redis.KeyExistsAsync("profile:ttl"), Is.False, "the key must not be stored unprefixed");
        }
    }

    [Test]
    public async Task GetAsync_ForAMissingKey_ReturnsDefault()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _cache.GetAsync<CachedProfile>("profile:missing", CancellationToken.None), Is.Null);
            Assert.That(await _cache.GetAsync<int>("counter:missing", CancellationToken.None), Is.Zero);
        }
    }

    [Test]
    public async Task GetAsync_ForAValueThatIsNotValidJson_TreatsItAsAMiss()
    {
        // What an older deployment sharing the prefix, or a manual edit, could leave behind.
        await _redis.StringSetAsync(_keyPrefix + "profile:corrupt", "{not json", TimeToLive);

        Assert.That(await _cache.GetAsync<CachedProfile>("profile:corrupt", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task RemoveAsync_DeletesTheKey()
    {
        await _cache.SetAsync("profile:removed", new CachedProfile("removed", 0, []), TimeToLive, CancellationToken.None);
        Assert.That(await _redis.KeyExistsAsync(_keyPrefix + "profile:removed"), Is.True, "arrangement: the value should be stored");

        await _cache.RemoveAsync("profile:removed", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _redis.KeyExistsAsync(_keyPrefix + "profile:removed"), Is.False);
            Assert.That(await _cache.GetAsync<CachedProfile>("profile:removed", CancellationToken.None), Is.Null);
        }
    }
}
