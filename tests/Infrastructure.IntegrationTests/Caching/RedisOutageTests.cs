using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>
/// Redis going away and coming back, on a redis-server of each test's own (the shared one must keep
/// running for the other assemblies). The circuit breaker runs on a manual clock, so a test decides when
/// the break is over; the second eviction is pushed out of the way unless a test is about it.
/// </summary>
public sealed class RedisOutageTests
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    /// <summary>Bounds one cache call, so that a call hanging on an unresponsive server fails the test instead of hanging the run.</summary>
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(10);

    /// <summary>Bounds waiting for the client to notice a stopped server and to reconnect to a started one.</summary>
    private static readonly TimeSpan ReconnectDeadline = TimeSpan.FromSeconds(20);

    private PrivateRedisServer _server = null!;
    private ManualClock _clock = null!;
    private string _keyPrefix = null!;
    private readonly List<CacheNode> _nodes = [];

    [SetUp]
    public async Task StartServerAsync()
    {
        _server = await PrivateRedisServer.StartNewAsync();
        _clock = new ManualClock();
        _keyPrefix = RedisTestSettings.UniqueKeyPrefix();
    }

    [TearDown]
    public async Task StopServerAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _nodes.Clear();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task HungServer_OpensTheCircuitAfterBreakAfterFailuresThenReadsNoLongerWaitForRedis()
    {
        var node = await NodeAsync(breakAfterFailures: 3, timeoutMilliseconds: 300);
        await node.Cache.GetOrCreateAsync("warm-up", _ => Task.FromResult(0), TimeToLive, CancellationToken.None);

        _server.Pause();
        var values = new List<int>();
        long errorsWhenOpened = -1;
        var warningsWhenOpened = -1;
        for (var i = 1; i <= 8; i++)
        {
            var value = i;
            values.Add(await node.Cache.GetOrCreateAsync("key:" + i, _ => Task.FromResult(value), TimeToLive, CancellationToken.None).WaitAsync(CallDeadline));
            if (errorsWhenOpened < 0 && node.Breaker.IsOpen)
            {
                errorsWhenOpened = node.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Error);
                warningsWhenOpened = node.StoreLog.Entries.Count;
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(values, Is.EqualTo(Enumerable.Range(1, 8)), "every read is answered from the factory");
            Assert.That(node.Breaker.IsOpen, Is.True);
            Assert.That(node.Connection.IsConnected, Is.True, "the connection is still up: the breaker, not a disconnect, keeps Redis out of the way");
            Assert.That(errorsWhenOpened, Is.GreaterThan(0), "reads timed out before the circuit opened");
            Assert.That(node.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Error), Is.EqualTo(errorsWhenOpened), "no read tried Redis once the circuit was open");
            Assert.That(node.StoreLog.Entries, Has.Count.EqualTo(warningsWhenOpened));
        }
    }

    [Test]
    public async Task PendingEviction_IsReplayedWhenALaterEvictionFindsRedisBack()
    {
        var node = await NodeAsync(breakAfterFailures: 1);
        await node.Cache.GetOrCreateAsync("article:stale", _ => Task.FromResult("old"), TimeToLive, CancellationToken.None);
        await StopKeepingTheDataAsync(node);

        await node.Cache.RemoveAsync(["article:stale"], CancellationToken.None);
        Assert.That(node.Breaker.IsOpen, Is.True, "arrangement: the failed eviction should open the circuit");

        await RestartAsync(node);
        Assert.That(await KeyExistsAsync("article:stale"), Is.True, "arrangement: the server should be back with the stale value");
        _clock.Advance(BreakDuration);

        await node.Cache.RemoveAsync(["article:unrelated"], CancellationToken.None);

        Assert.That(await Polling.UntilAsync(async () => !await KeyExistsAsync("article:stale"), TimeSpan.FromSeconds(5)), Is.True);
        Assert.That(node.Breaker.IsOpen, Is.False);
    }

    [Test]
    public async Task PendingEviction_IsReplayedWhenRedisIsBackEvenIfOnlyReadsFollow()
    {
        var node = await NodeAsync(breakAfterFailures: 1);
        await node.Cache.GetOrCreateAsync("article:stale", _ => Task.FromResult("old"), TimeToLive, CancellationToken.None);
        await StopKeepingTheDataAsync(node);
        await node.Cache.RemoveAsync(["article:stale"], CancellationToken.None);
        await RestartAsync(node);
        _clock.Advance(BreakDuration);

        // A read-only period (the home page, say): the break is over, so a read should be the trial call.
        var replayed = await Polling.UntilAsync(
            async () =>
            {
                await node.Cache.GetOrCreateAsync("tags", _ => Task.FromResult("tags"), TimeToLive, CancellationToken.None);
                return !await KeyExistsAsync("article:stale");
            },
            TimeSpan.FromSeconds(5));

        Assert.That(replayed, Is.True, "Redis is back and the break is over, but the failed eviction was never replayed (circuit still open: " + node.Breaker.IsOpen + ")");
    }

    [Test]
    public async Task PendingEviction_FewerFailuresThanBreakAfterFailures_IsStillReplayedWhenRedisIsBack()
    {
        var node = await NodeAsync(breakAfterFailures: 3);
        await node.Cache.GetOrCreateAsync("article:stale", _ => Task.FromResult("old"), TimeToLive, CancellationToken.None);
        await StopKeepingTheDataAsync(node);

        // One write while Redis is away: one failure, the circuit stays closed.
        await node.Cache.RemoveAsync(["article:stale"], CancellationToken.None);
        Assert.That(node.Breaker.IsOpen, Is.False, "arrangement: one failure should not open the circuit");

        await RestartAsync(node);
        var replayed = await Polling.UntilAsync(
            async () =>
            {
                // Time passes as it would: a server still loading its data answers errors at first,
                // which may open the circuit; its break must be able to end.
                _clock.Advance(BreakDuration);
                await node.Cache.GetOrCreateAsync("tags", _ => Task.FromResult("tags"), TimeToLive, CancellationToken.None);
                await node.Cache.RemoveAsync(["article:unrelated"], CancellationToken.None);
                return !await KeyExistsAsync("article:stale");
            },
            TimeSpan.FromSeconds(5));

        Assert.That(replayed, Is.True, "the failed eviction was never replayed: readers get the old value from Redis until its TTL ends");
        Assert.That(
            await node.Cache.GetOrCreateAsync("article:stale", _ => Task.FromResult("new"), TimeToLive, CancellationToken.None),
            Is.EqualTo("new"));
    }

    [Test]
    public async Task Memory_IsClearedWhenTheCircuitRecovers()
    {
        var node = await NodeAsync(breakAfterFailures: 1);
        await node.Cache.GetOrCreateAsync("profile:jake", _ => Task.FromResult("old bio"), TimeToLive, CancellationToken.None);

        await _server.KillAsync();
        await WaitUntilAsync(() => !node.Connection.IsConnected, "the client should notice the killed server");
        await node.Cache.RemoveAsync(["article:other"], CancellationToken.None);
        Assert.That(node.Breaker.IsOpen, Is.True, "arrangement: the failed eviction should open the circuit");

        // Back empty; the trial (an eviction) succeeds and closes the circuit.
        await _server.StartAsync();
        await WaitUntilAsync(() => node.Connection.IsConnected, "the client should reconnect");
        _clock.Advance(BreakDuration);
        await node.Cache.RemoveAsync(["article:another"], CancellationToken.None);
        Assert.That(node.Breaker.IsOpen, Is.False, "arrangement: the trial should have closed the circuit");

        // Changed meanwhile by a replica whose broadcast was lost: memory must not answer with the copy from before.
        var value = await node.Cache.GetOrCreateAsync("profile:jake", _ => Task.FromResult("new bio"), TimeToLive, CancellationToken.None);

        Assert.That(value, Is.EqualTo("new bio"));
    }

    [Test]
    public async Task Memory_OfAReplicaThatOnlyReadDuringTheOutage_DoesNotServeItsOldCopyOnceRedisIsBack()
    {
        var node = await NodeAsync(breakAfterFailures: 3);
        var current = "old bio";
        await node.Cache.GetOrCreateAsync("profile:jake", _ => Task.FromResult(current), TimeToLive, CancellationToken.None);

        await _server.KillAsync();
        await WaitUntilAsync(() => !node.Connection.IsConnected, "the client should notice the killed server");

        // Another replica changed the profile; its eviction could not reach Redis, and that replica is gone
        // (restarted, scaled down) with its list of pending evictions. This replica only reads.
        current = "new bio";
        var duringOutage = await node.Cache.GetOrCreateAsync("profile:jake", _ => Task.FromResult(current), TimeToLive, CancellationToken.None);
        Assert.That(duringOutage, Is.EqualTo("new bio"), "memory is bypassed while Redis is away");

        await _server.StartAsync();
        await WaitUntilAsync(() => node.Connection.IsConnected, "the client should reconnect");
        var afterwards = await node.Cache.GetOrCreateAsync("profile:jake", _ => Task.FromResult(current), TimeToLive, CancellationToken.None);

        Assert.That(afterwards, Is.EqualTo("new bio"), "memory answered with the copy from before the outage, which no broadcast could evict");
    }

    private async Task<CacheNode> NodeAsync(int breakAfterFailures, int timeoutMilliseconds = 1000)
    {
        var node = await CacheNode.CreateAsync(
            _server.Endpoint,
            _keyPrefix,
            new CacheOptions { BreakAfterFailures = breakAfterFailures, BreakDuration = BreakDuration, SecondEvictionDelay = TimeSpan.FromHours(1) },
            _clock,
            timeoutMilliseconds);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Stops the server so that it comes back with its keys, as after a partition, and waits until the client notices.</summary>
    private async Task StopKeepingTheDataAsync(CacheNode node)
    {
        await _server.ShutdownSavingAsync();
        await WaitUntilAsync(() => !node.Connection.IsConnected, "the client should notice the stopped server");
    }

    private async Task RestartAsync(CacheNode node)
    {
        await _server.StartAsync();
        await WaitUntilAsync(() => node.Connection.IsConnected, "the client should reconnect");
    }

    private async Task<bool> KeyExistsAsync(string key)
    {
        var configuration = ConfigurationOptions.Parse(_server.Endpoint);
        using var inspector = await ConnectionMultiplexer.ConnectAsync(configuration);
        return await inspector.GetDatabase().KeyExistsAsync(_keyPrefix + key);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what) =>
        Assert.That(await Polling.UntilAsync(condition, ReconnectDeadline), Is.True, what);
}
