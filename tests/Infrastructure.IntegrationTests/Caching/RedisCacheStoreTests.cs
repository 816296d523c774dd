using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>
/// The Redis level alone, against the real server. The key prefix is new for every run, so neither
/// another run nor the functional tests can see these keys; every key is written with a TTL.
/// </summary>
public sealed class RedisCacheStoreTests
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private string _keyPrefix = null!;
    private CacheNode _node = null!;

    // A connection of the test's own, to look at what the store did without going through it.
    private ConnectionMultiplexer _inspector = null!;
    private IDatabase _redis = null!;

    private RedisCacheStore Store => _node.Store;

    [OneTimeSetUp]
    public async Task ConnectAsync()
    {
        _keyPrefix = RedisTestSettings.UniqueKeyPrefix();
        _node = await CacheNode.CreateAsync(TestServers.Redis, _keyPrefix, start: false);
        _inspector = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis);
        _redis = _inspector.GetDatabase();
    }

    [OneTimeTearDown]
    public async Task DisconnectAsync()
    {
        await _node.DisposeAsync();
        _inspector.Dispose();
    }

    [Test]
    public async Task SetAsync_ThenTryGetAsync_FindsAnEqualValue()
    {
        var profile = new CachedProfile("alice", 42, ["dotnet", "postgres"]);

        var stored = await Store.SetAsync("profile:alice", profile, TimeToLive);
        var cached = await Store.TryGetAsync<CachedProfile>("profile:alice");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored, Is.True);
            Assert.That(cached.Found, Is.True);
            Assert.That(cached.Value!.Username, Is.EqualTo("alice"));
            Assert.That(cached.Value.FollowerCount, Is.EqualTo(42));
            Assert.That(cached.Value.Tags, Is.EqualTo(new[] { "dotnet", "postgres" }));
        }
    }

    [Test]
    public async Task SetAsync_StoresUnderThePrefixedKeyWithTheTimeToLive()
    {
        await Store.SetAsync("profile:ttl", new CachedProfile("ttl", 1, []), TimeToLive);

        var timeToLive = await _redis.KeyTimeToLiveAsync(_keyPrefix + "profile:ttl");
        using (Assert.EnterMultipleScope())
        {
            // Read straight after the write: only an expiry that was set and not longer than asked satisfies both bounds.
            Assert.That(timeToLive, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeToLive));
            Assert.That(await _redis.KeyExistsAsync("profile:ttl"), Is.False, "the key must not be stored unprefixed");
        }
    }

    [Test]
    public async Task TryGetAsync_ForAMissingKey_IsNotFound()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await Store.TryGetAsync<CachedProfile>("profile:missing")).Found, Is.False);
            Assert.That((await Store.TryGetAsync<int>("counter:missing")).Found, Is.False, "a missing number is not a cached zero");
        }
    }

    [Test]
    public async Task TryGetAsync_ForAStoredZero_IsFound()
    {
        await Store.SetAsync("counter:zero", 0, TimeToLive);

        var cached = await Store.TryGetAsync<int>("counter:zero");

        Assert.That(cached, Is.EqualTo(new CacheLookup<int>(true, 0)));
    }

    [Test]
    public async Task TryGetAsync_ForAValueThatIsNotValidJson_TreatsItAsAMiss()
    {
        // What an older deployment sharing the prefix (a changed snapshot shape), or a manual edit, could leave behind.
        await _redis.StringSetAsync(_keyPrefix + "profile:corrupt", "{not json", TimeToLive);

        CacheLookup<CachedProfile> cached = default;
        Assert.DoesNotThrowAsync(async () => cached = await Store.TryGetAsync<CachedProfile>("profile:corrupt"));
        Assert.That(cached.Found, Is.False);
    }

    [Test]
    public async Task RemoveAsync_DeletesEveryKey()
    {
        await Store.SetAsync("profile:removed-1", new CachedProfile("one", 0, []), TimeToLive);
        await Store.SetAsync("profile:removed-2", new CachedProfile("two", 0, []), TimeToLive);
        Assert.That(await _redis.KeyExistsAsync(_keyPrefix + "profile:removed-1"), Is.True, "arrangement: the value should be stored");

        var removed = await Store.RemoveAsync(["profile:removed-1", "profile:removed-2"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.True);
            Assert.That(await _redis.KeyExistsAsync(_keyPrefix + "profile:removed-1"), Is.False);
            Assert.That(await _redis.KeyExistsAsync(_keyPrefix + "profile:removed-2"), Is.False);
            Assert.That((await Store.TryGetAsync<CachedProfile>("profile:removed-1")).Found, Is.False);
        }
    }

    [Test]
    public async Task RemoveAsync_BroadcastsTheKeysToTheSubscribersOfThePrefix()
    {
        var received = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscriber = await CacheNode.CreateAsync(TestServers.Redis, _keyPrefix, start: false);
        var otherPrefix = await CacheNode.CreateAsync(TestServers.Redis, RedisTestSettings.UniqueKeyPrefix(), start: false);
        var strayMessages = 0;
        try
        {
            await subscriber.Store.SubscribeToInvalidationsAsync(keys => received.TrySetResult(keys));
            await otherPrefix.Store.SubscribeToInvalidationsAsync(_ => Interlocked.Increment(ref strayMessages));

            await Store.RemoveAsync(["article:one", "articles:first-page:20"]);

            var keys = await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.That(keys, Is.EqualTo(new[] { "article:one", "articles:first-page:20" }));
        }
        finally
        {
            await subscriber.DisposeAsync();
            await otherPrefix.DisposeAsync();
        }

        Assert.That(strayMessages, Is.Zero, "another deployment's prefix must not hear these invalidations");
    }

    [Test]
    public async Task TryGetAsync_MadeWhileTheFirstConnectIsUnderWay_WaitsForItAndFindsTheValue()
    {
        await Store.SetAsync("profile:early", new CachedProfile("early", 7, []), TimeToLive);

        // Asked the moment the replica exists, as the first request after start-up does: its connect has only begun.
        var replica = await CacheNode.CreateAsync(TestServers.Redis, _keyPrefix, start: false);
        try
        {
            var cached = await replica.Store.TryGetAsync<CachedProfile>("profile:early");

            using (Assert.EnterMultipleScope())
            {
                Assert.That(cached.Found, Is.True, "a connect under way is not a server known to be down");
                Assert.That(replica.Store.IsAvailable, Is.True);
                Assert.That(replica.StoreLog.Entries, Is.Empty);
            }
        }
        finally
        {
            await replica.DisposeAsync();
        }
    }

    [Test]
    public async Task IsAvailable_WhenConnectedAndTheCircuitIsClosed_IsTrue()
    {
        await Store.TryGetAsync<int>("warm-up");

        Assert.That(Store.IsAvailable, Is.True);
    }
}
