using System.Net;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.TestSupport;
using CleanBackend.WebApi.FunctionalTests.Support;
using StackExchange.Redis;

namespace CleanBackend.WebApi.FunctionalTests.Caching;

/// <summary>
/// Redis stopping under a running API: every request still succeeds, answered from PostgreSQL with data
/// as fresh as without a cache, and keeps succeeding once Redis is back. The API runs on a redis-server
/// of this test's own, since the shared one serves the other test assemblies.
/// </summary>
public sealed class RedisDownTests : ApiTestBase
{
    private static readonly TimeSpan ConnectionDeadline = TimeSpan.FromSeconds(20);

    private readonly List<CacheTestHost> _hosts = [];
    private PrivateRedisServer _redis = null!;
    private ConduitContentApi _api = null!;
    private string _keyPrefix = null!;

    [SetUp]
    public async Task StartApiOnAPrivateRedisAsync()
    {
        _redis = await PrivateRedisServer.StartNewAsync();
        var host = StartHost(Settings());
        _api = host.Api;
        _keyPrefix = host.KeyPrefix;
    }

    [TearDown]
    public async Task StopAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts.Clear();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task Reads_and_writes_succeed_with_fresh_data_while_Redis_is_down_and_after_it_is_back()
    {
        var author = await _api.Identity.RegisterNewAsync(TestAccount.Named("author"));
        var reader = await _api.Identity.RegisterNewAsync(TestAccount.Named("reader"));
        var slug = ConduitContentApi.Article(await SucceedsAsync(_api.CreateArticleAsync(author.AccessToken, "Dragons", "body", "dragons")))
            .GetProperty("slug").GetString()!;

        // Warm every cached read, and check the cache really holds them (the create's second eviction,
        // a moment later, may remove what the first reads cached: read again until it is cached).
        var cached = await Polling.UntilAsync(
            async () =>
            {
                await EveryReadSucceedsAsync(slug, reader.AccessToken);
                return await CachedInRedisAsync("article:" + slug) && await CachedInRedisAsync("tags") && await CachedInRedisAsync("profile:author");
            },
            TimeSpan.FromSeconds(10));
        Assert.That(cached, Is.True, "arrangement: the article, tags and profile should be cached in Redis");

        await _redis.KillAsync();

        await EveryReadSucceedsAsync(slug, reader.AccessToken);
        await SucceedsAsync(_api.CreateArticleAsync(author.AccessToken, "Wyverns", "body", "wyverns"));
        await SucceedsAsync(_api.FavoriteAsync(reader.AccessToken, slug));
        await AssertFreshAsync(slug, reader.AccessToken, "while Redis is down");

        await _redis.StartAsync();

        await EveryReadSucceedsAsync(slug, reader.AccessToken);
        await AssertFreshAsync(slug, reader.AccessToken, "once Redis is back");

        // Writes after the outage are seen too.
        await SucceedsAsync(_api.UnfavoriteAsync(reader.AccessToken, slug));
        var article = ConduitContentApi.Article(await SucceedsAsync(_api.GetArticleAsync(slug)));
        Assert.That(article.GetProperty("favoritesCount").GetInt32(), Is.Zero, "after an unfavorite once Redis is back");
    }

    [Test]
    public async Task Another_instance_that_only_reads_serves_fresh_data_while_Redis_is_down_and_after_it_is_back()
    {
        // Replicas of one deployment. The second eviction is pushed out of the way so that what the reader
        // instance caches before the outage stays cached until the outage.
        var settings = Settings();
        settings["Cache:SecondEvictionDelay"] = "01:00:00";
        var writer = StartHost(settings);
        var reader = StartHost(settings);
        var author = await writer.Api.Identity.RegisterNewAsync(TestAccount.Named("author"));
        var fan = await writer.Api.Identity.RegisterNewAsync(TestAccount.Named("fan"));
        var slug = ConduitContentApi.Article(await SucceedsAsync(writer.Api.CreateArticleAsync(author.AccessToken, "Dragons", "body", "dragons")))
            .GetProperty("slug").GetString()!;
        await EveryReadSucceedsAsync(reader.Api, slug, fan.AccessToken);
        Assert.That(reader.Memory.TryGet<ArticleSnapshot>(ArticleCacheKeys.Article(slug), out _), Is.True, "arrangement: the reader instance should hold the article in memory");

        await _redis.KillAsync();
        Assert.That(await Polling.UntilAsync(() => !writer.RedisConnected && !reader.RedisConnected, ConnectionDeadline), Is.True, "arrangement: both instances should notice Redis is gone");

        // The writer's evictions cannot reach Redis, so no broadcast reaches the reader: its memory must not answer.
        await SucceedsAsync(writer.Api.CreateArticleAsync(author.AccessToken, "Wyverns", "body", "wyverns"));
        await SucceedsAsync(writer.Api.FavoriteAsync(fan.AccessToken, slug));
        await EveryReadSucceedsAsync(reader.Api, slug, fan.AccessToken);
        await AssertFreshAsync(reader.Api, slug, fan.AccessToken, "on the reader instance while Redis is down");

        await _redis.StartAsync();
        Assert.That(await Polling.UntilAsync(() => writer.RedisConnected && reader.RedisConnected, ConnectionDeadline), Is.True, "arrangement: both instances should reconnect");

        // Fresh within the promised second, however the recovery reaches the reader (its own memory cleared, or the writer's evictions replayed).
        await Polling.UntilAsync(
            async () =>
            {
                var favorites = ConduitContentApi.Article(await SucceedsAsync(reader.Api.GetArticleAsync(slug))).GetProperty("favoritesCount").GetInt32();
                var tags = ConduitContentApi.Tags(await SucceedsAsync(reader.Api.GetTagsAsync()));
                var count = ApiResponse.Member((await SucceedsAsync(reader.Api.ListArticlesAsync())).Json, "articlesCount").GetInt32();
                return favorites == 1 && tags.Contains("wyverns") && count == 2;
            },
            TimeSpan.FromSeconds(1));
        await EveryReadSucceedsAsync(reader.Api, slug, fan.AccessToken);
        await AssertFreshAsync(reader.Api, slug, fan.AccessToken, "on the reader instance once Redis is back (its memory still held the copies from before the outage)");
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = TestHostSettings.For(Database.ConnectionString);
        settings["ConnectionStrings:Redis"] = _redis.Endpoint;
        return settings;
    }

    private CacheTestHost StartHost(IReadOnlyDictionary<string, string?> settings)
    {
        var host = CacheTestHost.Start(settings);
        _hosts.Add(host);
        return host;
    }

    private Task EveryReadSucceedsAsync(string slug, string token) => EveryReadSucceedsAsync(_api, slug, token);

    private Task AssertFreshAsync(string slug, string readerToken, string when) => AssertFreshAsync(_api, slug, readerToken, when);

    private static async Task EveryReadSucceedsAsync(ConduitContentApi api, string slug, string token)
    {
        await SucceedsAsync(api.GetArticleAsync(slug));
        await SucceedsAsync(api.GetArticleAsync(slug, token));
        await SucceedsAsync(api.GetProfileAsync("author"));
        await SucceedsAsync(api.GetProfileAsync("author", token));
        await SucceedsAsync(api.GetTagsAsync());
        await SucceedsAsync(api.ListArticlesAsync());
        await SucceedsAsync(api.ListArticlesAsync(token));
        await SucceedsAsync(api.ListArticlesAsync(query: "?author=author"));
    }

    /// <summary>What the writes made during the outage changed, as PostgreSQL has it.</summary>
    private static async Task AssertFreshAsync(ConduitContentApi api, string slug, string readerToken, string when)
    {
        var anonymous = ConduitContentApi.Article(await SucceedsAsync(api.GetArticleAsync(slug)));
        var asReader = ConduitContentApi.Article(await SucceedsAsync(api.GetArticleAsync(slug, readerToken)));
        var list = await SucceedsAsync(api.ListArticlesAsync());
        var byAuthor = await SucceedsAsync(api.ListArticlesAsync(query: "?author=author"));
        var tags = ConduitContentApi.Tags(await SucceedsAsync(api.GetTagsAsync()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(anonymous.GetProperty("favoritesCount").GetInt32(), Is.EqualTo(1), when);
            Assert.That(anonymous.GetProperty("favorited").GetBoolean(), Is.False, when);
            Assert.That(asReader.GetProperty("favorited").GetBoolean(), Is.True, when);
            Assert.That(ApiResponse.Member(list.Json, "articlesCount").GetInt32(), Is.EqualTo(2), when);
            Assert.That(ConduitContentApi.Articles(list).Select(article => article.GetProperty("title").GetString()), Is.EqualTo(new[] { "Wyverns", "Dragons" }), when);
            Assert.That(ApiResponse.Member(byAuthor.Json, "articlesCount").GetInt32(), Is.EqualTo(2), when);
            Assert.That(tags, Is.EquivalentTo(new[] { "dragons", "wyverns" }), when);
        }
    }

    private async Task<bool> CachedInRedisAsync(string key)
    {
        using var inspector = await ConnectionMultiplexer.ConnectAsync(_redis.Endpoint);
        return await inspector.GetDatabase().KeyExistsAsync(_keyPrefix + key);
    }

    private static async Task<ApiResponse> SucceedsAsync(Task<ApiResponse> request)
    {
        var response = await request;
        Assert.That((int)response.StatusCode, Is.InRange(200, 299), $"{(int)response.StatusCode}: {response.Body}");
        return response;
    }
}
