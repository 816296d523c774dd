using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.Infrastructure.Persistence.Social;
using CleanBackend.TestSupport;
using Moq;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>
/// The caching decorators of the read ports on two replicas (<see cref="CacheReplicas"/>)
/// sharing the real Redis under a key prefix of their own; the database behind them is a mock that counts its reads.
/// </summary>
public sealed class CachedReadServiceTests
{
    private static readonly Guid AuthorId = Guid.Parse("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");

    private CacheReplicas _replicas = null!;
    private Mock<IArticleReadService> _articleDatabase = null!;
    private Mock<IProfileReadService> _profileDatabase = null!;

    [OneTimeSetUp]
    public async Task StartReplicasAsync() => _replicas = await CacheReplicas.StartAsync();

    [OneTimeTearDown]
    public async Task StopReplicasAsync() => await _replicas.DisposeAsync();

    [SetUp]
    public void SetUp()
    {
        _articleDatabase = new Mock<IArticleReadService>();
        _articleDatabase
            .Setup(database => database.FindSnapshotAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string slug, CancellationToken _) => slug.StartsWith("missing-", StringComparison.Ordinal) ? null : Snapshot(slug));
        _articleDatabase
            .Setup(database => database.FirstPageSnapshotAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string? author, int limit, CancellationToken _) => new ArticlePageSnapshot([Snapshot($"by-{author ?? "anyone"}-{limit}")], 1, null));
        _profileDatabase = new Mock<IProfileReadService>();
        _profileDatabase
            .Setup(database => database.FindSnapshotAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string username, CancellationToken _) => new ProfileSnapshot(AuthorId, username.Trim(), "bio", null));
    }

    [Test]
    public async Task FindSnapshotAsync_Miss_ReadsTheDatabaseOnceAndCachesUnderTheArticleKey()
    {
        var slug = UniqueName("article");

        var first = await Articles(_replicas.First).FindSnapshotAsync(slug, CancellationToken.None);
        var second = await Articles(_replicas.First).FindSnapshotAsync(slug, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first!.Article.Slug, Is.EqualTo(slug));
            Assert.That(second!.Article.Slug, Is.EqualTo(slug));
            Assert.That(await _replicas.Redis.KeyExistsAsync(_replicas.KeyPrefix + ArticleCacheKeys.Article(slug)), Is.True);
            Assert.That(await _replicas.Redis.KeyTimeToLiveAsync(_replicas.KeyPrefix + ArticleCacheKeys.Article(slug)), Is.LessThanOrEqualTo(ArticleCacheKeys.Duration));
        }

        _articleDatabase.Verify(database => database.FindSnapshotAsync(slug, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task FindSnapshotAsync_CachedByAnotherReplica_IsAnsweredFromRedisWithoutTheDatabase()
    {
        var slug = UniqueName("article");
        await Articles(_replicas.First).FindSnapshotAsync(slug, CancellationToken.None);
        var other = new Mock<IArticleReadService>(MockBehavior.Strict);

        var snapshot = await new CachedArticleReadService(other.Object, _replicas.Second.Cache).FindSnapshotAsync(slug, CancellationToken.None);

        Assert.That(snapshot!.Article.Slug, Is.EqualTo(slug));
    }

    [Test]
    public async Task FindSnapshotAsync_AfterTheArticleChangedIsEvicted_ReadsTheDatabaseAgain()
    {
        var slug = UniqueName("article");
        await Articles(_replicas.First).FindSnapshotAsync(slug, CancellationToken.None);

        await _replicas.First.Cache.RemoveAsync(ArticleCacheKeys.ArticleChanged(slug, "jake").ToList(), CancellationToken.None);
        var evicted = !await _replicas.Redis.KeyExistsAsync(_replicas.KeyPrefix + ArticleCacheKeys.Article(slug));
        await Articles(_replicas.First).FindSnapshotAsync(slug, CancellationToken.None);

        Assert.That(evicted, Is.True);
        _articleDatabase.Verify(database => database.FindSnapshotAsync(slug, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task FindSnapshotAsync_UnknownSlug_IsNotCachedSoTheNextReadAsksTheDatabaseAgain()
    {
        var slug = UniqueName("missing");

        var first = await Articles(_replicas.First).FindSnapshotAsync(slug, CancellationToken.None);
        var second = await Articles(_replicas.First).FindSnapshotAsync(slug, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.Null);
            Assert.That(second, Is.Null);
            Assert.That(await _replicas.Redis.KeyExistsAsync(_replicas.KeyPrefix + ArticleCacheKeys.Article(slug)), Is.False);
        }

        _articleDatabase.Verify(database => database.FindSnapshotAsync(slug, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task FindSnapshotAsync_ConcurrentMissesOnOneSlug_ReadTheDatabaseOnce()
    {
        const int Callers = 20;
        var slug = UniqueName("article");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loads = 0;
        var database = new Mock<IArticleReadService>();
        database
            .Setup(reads => reads.FindSnapshotAsync(slug, It.IsAny<CancellationToken>()))
            .Returns(async Task<ArticleSnapshot?> () =>
            {
                Interlocked.Increment(ref loads);
                await gate.Task;
                return Snapshot(slug);
            });
        var articles = new CachedArticleReadService(database.Object, _replicas.First.Cache);

        var callers = Enumerable.Range(0, Callers).Select(_ => articles.FindSnapshotAsync(slug, CancellationToken.None)).ToList();
        gate.SetResult();
        var snapshots = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loads, Is.EqualTo(1));
            Assert.That(snapshots.Select(snapshot => snapshot!.Article.Slug), Has.All.EqualTo(slug));
        }
    }

    [Test]
    public async Task FindSnapshotAsync_RedisUnreachable_ReadsTheDatabase()
    {
        await using var offline = await CacheNode.CreateAsync(
            RedisTestSettings.ClosedEndpoint, RedisTestSettings.UniqueKeyPrefix(), timeoutMilliseconds: 200, start: false);
        var slug = UniqueName("article");

        var snapshot = await Articles(offline).FindSnapshotAsync(slug, CancellationToken.None);

        Assert.That(snapshot!.Article.Slug, Is.EqualTo(slug));
        _articleDatabase.Verify(database => database.FindSnapshotAsync(slug, It.IsAny<CancellationToken>()), Times.Once());
    }

    [TestCase(null, 20)]
    [TestCase(null, 10)]
    [TestCase("Jake", 20)]
    public async Task FirstPageSnapshotAsync_IsCachedUnderItsAuthorAndPageSizeUntilAnArticleOfTheAuthorChanges(string? author, int limit)
    {
        await using var node = await CacheNode.CreateAsync(TestServers.Redis, RedisTestSettings.UniqueKeyPrefix());
        var articles = Articles(node);

        await articles.FirstPageSnapshotAsync(author, limit, CancellationToken.None);
        var cached = await articles.FirstPageSnapshotAsync(author, limit, CancellationToken.None);
        await node.Cache.RemoveAsync(ArticleCacheKeys.ArticleChanged("any-article", "jake").ToList(), CancellationToken.None);
        await articles.FirstPageSnapshotAsync(author, limit, CancellationToken.None);

        Assert.That(cached.Articles.Single().Article.Slug, Is.EqualTo($"by-{author ?? "anyone"}-{limit}"));
        _articleDatabase.Verify(database => database.FirstPageSnapshotAsync(author, limit, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task FirstPageSnapshotAsync_OtherAuthorOrPageSize_IsAnEntryOfItsOwn()
    {
        await using var node = await CacheNode.CreateAsync(TestServers.Redis, RedisTestSettings.UniqueKeyPrefix());
        var articles = Articles(node);

        var global = await articles.FirstPageSnapshotAsync(null, 20, CancellationToken.None);
        var smaller = await articles.FirstPageSnapshotAsync(null, 10, CancellationToken.None);
        var jakes = await articles.FirstPageSnapshotAsync("Jake", 20, CancellationToken.None);

        Assert.That(
            new[] { global, smaller, jakes }.Select(page => page.Articles.Single().Article.Slug),
            Is.EqualTo(new[] { "by-anyone-20", "by-anyone-10", "by-Jake-20" }));
    }

    [Test]
    public async Task ViewerDependentAndCommandReads_AlwaysReadTheDatabase()
    {
        var slug = UniqueName("article");
        var articles = Articles(_replicas.First);

        await articles.FindAsync(slug, AuthorId, CancellationToken.None);
        await articles.FindAsync(slug, AuthorId, CancellationToken.None);
        await articles.FindIdAsync(slug, CancellationToken.None);
        await articles.FindIdAsync(slug, CancellationToken.None);

        _articleDatabase.Verify(database => database.FindAsync(slug, AuthorId, It.IsAny<CancellationToken>()), Times.Exactly(2));
        _articleDatabase.Verify(database => database.FindIdAsync(slug, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task ProfileFindSnapshotAsync_AnySpellingOfTheUsername_SharesOneEntryUntilTheProfileIsEvicted()
    {
        var username = UniqueName("user");
        var profiles = new CachedProfileReadService(_profileDatabase.Object, _replicas.First.Cache);

        await profiles.FindSnapshotAsync(username, CancellationToken.None);
        var upperCase = await profiles.FindSnapshotAsync(username.ToUpperInvariant(), CancellationToken.None);
        var inRedis = await _replicas.Redis.KeyExistsAsync(_replicas.KeyPrefix + ProfileCacheKeys.Profile(username));
        await _replicas.First.Cache.RemoveAsync([ProfileCacheKeys.Profile(username)], CancellationToken.None);
        await profiles.FindSnapshotAsync(username, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(upperCase!.Username, Is.EqualTo(username), "the cached profile answers the other spelling");
            Assert.That(inRedis, Is.True);
        }

        _profileDatabase.Verify(database => database.FindSnapshotAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task ProfileIsFollowingAsync_AlwaysReadsTheDatabase()
    {
        var profiles = new CachedProfileReadService(_profileDatabase.Object, _replicas.First.Cache);
        var viewerId = Guid.NewGuid();

        await profiles.IsFollowingAsync(viewerId, AuthorId, CancellationToken.None);
        await profiles.IsFollowingAsync(viewerId, AuthorId, CancellationToken.None);

        _profileDatabase.Verify(database => database.IsFollowingAsync(viewerId, AuthorId, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    private static string UniqueName(string kind) => $"{kind}-{Guid.NewGuid():N}";

    private static ArticleSnapshot Snapshot(string slug) =>
        new(Guid.NewGuid(), AuthorId, new ArticleDto { Slug = slug, Title = "Title", Author = new ProfileDto { Username = "Jake" } });

    private CachedArticleReadService Articles(CacheNode node) => new(_articleDatabase.Object, node.Cache);
}
