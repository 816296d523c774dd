using System.Text.Json;
using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>
/// Two replicas (<see cref="CacheReplicas"/>) on the real Redis under one key prefix of
/// their own, as two API instances of one deployment. Every test uses keys of its own.
/// </summary>
public sealed class TwoLevelCacheServiceTests
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    /// <summary>The promise: a replica serves fresh data within 1 s of any write anywhere.</summary>
    private static readonly TimeSpan FreshWithin = TimeSpan.FromSeconds(1);

    private CacheReplicas _replicas = null!;

    [OneTimeSetUp]
    public async Task StartReplicasAsync() => _replicas = await CacheReplicas.StartAsync();

    [OneTimeTearDown]
    public async Task StopReplicasAsync() => await _replicas.DisposeAsync();

    [Test]
    public async Task GetOrCreateAsync_Miss_LoadsOnceAndCachesInRedisAndInMemory()
    {
        var key = UniqueKey();
        var loads = 0;

        var first = await _replicas.First.Cache.GetOrCreateAsync(key, _ => Load(ref loads, new CachedProfile("alice", 1, ["a"])), TimeToLive, CancellationToken.None);

        var stored = await _replicas.Redis.StringGetAsync(_replicas.KeyPrefix + key);
        Assert.That(stored.HasValue, Is.True, "the value should be in Redis");
        Assert.That(JsonSerializer.Deserialize<CachedProfile>((string)stored!, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Username, Is.EqualTo("alice"));

        // Gone from Redis behind the cache's back (no broadcast): only this replica's memory can still answer.
        await _replicas.Redis.KeyDeleteAsync(_replicas.KeyPrefix + key);
        var second = await _replicas.First.Cache.GetOrCreateAsync(key, _ => Load(ref loads, new CachedProfile("other", 2, [])), TimeToLive, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loads, Is.EqualTo(1));
            Assert.That(first.Username, Is.EqualTo("alice"));
            Assert.That(second, Is.EqualTo(first), "the second read is answered from memory");
        }
    }

    [Test]
    public async Task GetOrCreateAsync_ValueAnotherReplicaCached_IsReadFromRedisWithoutLoading()
    {
        var key = UniqueKey();
        await _replicas.First.Cache.GetOrCreateAsync(key, _ => Task.FromResult("loaded by the first"), TimeToLive, CancellationToken.None);
        var redisHits = _replicas.Second.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Hit);

        var value = await _replicas.Second.Cache.GetOrCreateAsync<string>(key, _ => throw new AssertionException("must not load"), TimeToLive, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(value, Is.EqualTo("loaded by the first"));
            Assert.That(_replicas.Second.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Hit), Is.EqualTo(redisHits + 1));
        }
    }

    [Test]
    public async Task RemoveAsync_OnOneReplica_TheOtherServesTheNewValueWithinOneSecond()
    {
        var key = UniqueKey();
        var current = "old";
        await _replicas.Second.Cache.GetOrCreateAsync(key, _ => Task.FromResult(current), TimeToLive, CancellationToken.None);

        // Arrangement: the second replica answers from its memory (Redis no longer has the value).
        await _replicas.Redis.KeyDeleteAsync(_replicas.KeyPrefix + key);
        Assert.That(
            await _replicas.Second.Cache.GetOrCreateAsync(key, _ => Task.FromResult("not from memory"), TimeToLive, CancellationToken.None),
            Is.EqualTo("old"),
            "arrangement: the second replica should hold the value in memory");

        current = "new";
        await _replicas.First.Cache.RemoveAsync([key], CancellationToken.None);

        var served = "old";
        var fresh = await Polling.UntilAsync(
            async () =>
            {
                served = await _replicas.Second.Cache.GetOrCreateAsync(key, _ => Task.FromResult(current), TimeToLive, CancellationToken.None);
                return served == "new";
            },
            FreshWithin);
        Assert.That(fresh, Is.True, $"the second replica still served '{served}' {FreshWithin.TotalSeconds} s after the eviction");
    }

    [Test]
    public async Task RemoveAsync_DeletesTheKeyInRedisAndTheLocalMemoryAtOnce()
    {
        var key = UniqueKey();
        await _replicas.First.Cache.GetOrCreateAsync(key, _ => Task.FromResult("old"), TimeToLive, CancellationToken.None);

        await _replicas.First.Cache.RemoveAsync([key], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _replicas.Redis.KeyExistsAsync(_replicas.KeyPrefix + key), Is.False);
            Assert.That(
                await _replicas.First.Cache.GetOrCreateAsync(key, _ => Task.FromResult("new"), TimeToLive, CancellationToken.None),
                Is.EqualTo("new"));
        }
    }

    [Test]
    public async Task RemoveAsync_ACopyCachedRightAfterTheEviction_IsEvictedAgainAfterTheSecondEvictionDelay()
    {
        var key = UniqueKey();
        await _replicas.First.Cache.RemoveAsync([key], CancellationToken.None);

        // A reader that loaded the old row just before the commit stores it just after the first eviction.
        await _replicas.Redis.StringSetAsync(_replicas.KeyPrefix + key, "\"stale\"", TimeToLive);

        var evictedAgain = await Polling.UntilAsync(
            async () => !await _replicas.Redis.KeyExistsAsync(_replicas.KeyPrefix + key),
            new CacheOptions().SecondEvictionDelay + TimeSpan.FromSeconds(5));
        Assert.That(evictedAgain, Is.True);
    }

    [Test]
    public async Task GetOrCreateAsync_FiftyConcurrentMissesOnOneKey_LoadOnceAndAllGetTheValue()
    {
        const int Callers = 50;
        var key = UniqueKey();
        var loads = 0;
        var loadStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;

        async Task<CachedProfile> SlowLoad(CancellationToken _)
        {
            Interlocked.Increment(ref loads);
            loadStarted.TrySetResult();
            await gate.Task;
            return new CachedProfile("stampede", 50, []);
        }

        using var start = new ManualResetEventSlim();
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            var pending = _replicas.First.Cache.GetOrCreateAsync(key, SlowLoad, TimeToLive, CancellationToken.None);
            Interlocked.Increment(ref waiting);
            return await pending;
        })).ToList();
        start.Set();

        // Every caller has asked and is waiting while the one load is held at the gate.
        await loadStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(await Polling.UntilAsync(() => Volatile.Read(ref waiting) == Callers, TimeSpan.FromSeconds(10)), Is.True, "arrangement: all callers should be waiting");
        gate.SetResult();
        var values = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loads, Is.EqualTo(1));
            Assert.That(values, Has.Length.EqualTo(Callers));
            Assert.That(values.Select(value => value.Username), Has.All.EqualTo("stampede"));
        }
    }

    [Test]
    public async Task GetOrCreateAsync_NullResult_IsReturnedButNotCached()
    {
        var key = UniqueKey();
        var loads = 0;

        var first = await _replicas.First.Cache.GetOrCreateAsync<CachedProfile?>(key, _ => Load<CachedProfile?>(ref loads, null), TimeToLive, CancellationToken.None);
        var second = await _replicas.First.Cache.GetOrCreateAsync<CachedProfile?>(key, _ => Load<CachedProfile?>(ref loads, null), TimeToLive, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.Null);
            Assert.That(second, Is.Null);
            Assert.That(loads, Is.EqualTo(2), "a missing row must be looked up again: it may exist by now");
            Assert.That(await _replicas.Redis.KeyExistsAsync(_replicas.KeyPrefix + key), Is.False);
        }
    }

    [Test]
    public async Task GetOrCreateAsync_FailingLoad_IsNotCachedAndTheNextCallLoadsAgain()
    {
        var key = UniqueKey();

        Assert.ThrowsAsync<InvalidOperationException>(
            () => _replicas.First.Cache.GetOrCreateAsync<string>(key, _ => throw new InvalidOperationException("database down"), TimeToLive, CancellationToken.None));
        var value = await _replicas.First.Cache.GetOrCreateAsync(key, _ => Task.FromResult("loaded"), TimeToLive, CancellationToken.None);

        Assert.That(value, Is.EqualTo("loaded"));
    }

    [Test]
    public async Task GetOrCreateAsync_ReplicaNotSubscribedToInvalidations_DoesNotAnswerFromMemory()
    {
        await using var unsubscribed = await CacheNode.CreateAsync(TestServers.Redis, _replicas.KeyPrefix, start: false);
        var key = UniqueKey();
        await unsubscribed.Cache.GetOrCreateAsync(key, _ => Task.FromResult("old"), TimeToLive, CancellationToken.None);

        // An eviction broadcast would not reach it: it must not trust its memory.
        await _replicas.Redis.KeyDeleteAsync(_replicas.KeyPrefix + key);
        var value = await unsubscribed.Cache.GetOrCreateAsync(key, _ => Task.FromResult("new"), TimeToLive, CancellationToken.None);

        Assert.That(value, Is.EqualTo("new"));
    }

    [Test]
    public async Task GetOrCreateAsync_CountsMemoryAndRedisHitsAndMisses()
    {
        var key = UniqueKey();
        await using var node = await CacheNode.CreateAsync(TestServers.Redis, _replicas.KeyPrefix);

        await node.Cache.GetOrCreateAsync(key, _ => Task.FromResult(1), TimeToLive, CancellationToken.None);
        await node.Cache.GetOrCreateAsync(key, _ => Task.FromResult(2), TimeToLive, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(node.Requests.Count("memory", CacheMetrics.Miss), Is.EqualTo(1));
            Assert.That(node.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Miss), Is.EqualTo(1));
            Assert.That(node.Requests.Count("memory", CacheMetrics.Hit), Is.EqualTo(1));
            Assert.That(node.Requests.Count(RedisCacheStore.CacheName, CacheMetrics.Hit), Is.Zero);
        }
    }

    private static string UniqueKey() => "test:" + Guid.NewGuid().ToString("N");

    private static Task<T> Load<T>(ref int loads, T value)
    {
        loads++;
        return Task.FromResult(value);
    }
}
