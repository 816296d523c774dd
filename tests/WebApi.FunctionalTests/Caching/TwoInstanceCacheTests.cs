using System.Net;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles;
using CleanBackend.TestSupport;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Caching;

/// <summary>
/// Two API instances of one deployment (same database, Redis and key prefix; memory of their own):
/// a write on <c>A</c> reaches what <c>B</c> serves within 1 s, although <c>B</c> had it cached in memory.
/// </summary>
public sealed class TwoInstanceCacheTests : ApiTestBase
{
    private static readonly TimeSpan FreshWithin = TimeSpan.FromSeconds(1);

    private CacheTestHost _a = null!;
    private CacheTestHost _b = null!;

    [SetUp]
    public void StartInstances()
    {
        // A key prefix of this test's own: no cached value survives from another test's (emptied) data.
        var settings = TestHostSettings.For(Database.ConnectionString);
        _a = CacheTestHost.Start(settings);
        _b = CacheTestHost.Start(settings);
    }

    [TearDown]
    public async Task StopInstancesAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Test]
    public async Task Article_updated_on_one_instance_is_served_fresh_by_the_other_within_a_second()
    {
        var author = await _a.Api.Identity.RegisterNewAsync(TestAccount.Named("author"));
        var slug = await CreateArticleAsync(_a, author, "Dragons", "old body");
        Assert.That(ConduitContentApi.Article(await OkAsync(_b.Api.GetArticleAsync(slug))).GetProperty("body").GetString(), Is.EqualTo("old body"));
        Assert.That(_b.Memory.TryGet<ArticleSnapshot>(ArticleCacheKeys.Article(slug), out _), Is.True, "arrangement: B should hold the article in memory");

        await OkAsync(_a.Api.UpdateArticleAsync(author.AccessToken, slug, new { body = "new body", description = "new description" }));

        var served = string.Empty;
        var fresh = await Polling.UntilAsync(
            async () =>
            {
                var article = ConduitContentApi.Article(await OkAsync(_b.Api.GetArticleAsync(slug)));
                served = $"{article.GetProperty("body").GetString()} / {article.GetProperty("description").GetString()}";
                return served == "new body / new description";
            },
            FreshWithin);
        Assert.That(fresh, Is.True, $"B still served '{served}'");
    }

    [Test]
    public async Task Article_retitled_on_one_instance_shows_its_new_title_on_the_other_within_a_second()
    {
        var author = await _a.Api.Identity.RegisterNewAsync(TestAccount.Named("author"));
        var oldSlug = await CreateArticleAsync(_a, author, "Dragons", "body");
        await OkAsync(_b.Api.GetArticleAsync(oldSlug));
        Assert.That(ConduitContentApi.Articles(await OkAsync(_b.Api.ListArticlesAsync())).Single().GetProperty("title").GetString(), Is.EqualTo("Dragons"));

        var newSlug = ConduitContentApi.Article(await OkAsync(_a.Api.UpdateArticleAsync(author.AccessToken, oldSlug, new { title = "Wyverns" })))
            .GetProperty("slug").GetString()!;
        Assert.That(newSlug, Is.Not.EqualTo(oldSlug), "arrangement: a new title gives a new slug");

        var listed = string.Empty;
        var oldSlugStatus = HttpStatusCode.OK;
        var fresh = await Polling.UntilAsync(
            async () =>
            {
                listed = ConduitContentApi.Articles(await OkAsync(_b.Api.ListArticlesAsync())).Single().GetProperty("title").GetString()!;
                oldSlugStatus = (await _b.Api.GetArticleAsync(oldSlug)).StatusCode;
                return listed == "Wyverns" && oldSlugStatus == HttpStatusCode.NotFound;
            },
            FreshWithin);

        Assert.That(fresh, Is.True, $"B listed '{listed}' and answered the old slug with {(int)oldSlugStatus}");
        Assert.That(ConduitContentApi.Article(await OkAsync(_b.Api.GetArticleAsync(newSlug))).GetProperty("title").GetString(), Is.EqualTo("Wyverns"));
    }

    [Test]
    public async Task Bio_changed_on_one_instance_is_served_fresh_by_the_other_within_a_second_in_the_profile_and_the_authors_articles()
    {
        var author = await _a.Api.Identity.RegisterNewAsync(TestAccount.Named("author"));
        var slug = await CreateArticleAsync(_a, author, "Dragons", "body");
        Assert.That(ConduitContentApi.Profile(await OkAsync(_b.Api.GetProfileAsync("author"))).GetProperty("bio").GetString(), Is.Null);
        await OkAsync(_b.Api.GetArticleAsync(slug));
        Assert.That(_b.Memory.TryGet<ProfileSnapshot>(ProfileCacheKeys.Profile("author"), out _), Is.True, "arrangement: B should hold the profile in memory");

        (await _a.Api.UpdateCurrentUserAsync(author.AccessToken, new { bio = "I train dragons" })).ShouldHaveStatus(HttpStatusCode.OK);

        string? profileBio = null;
        string? articleAuthorBio = null;
        var fresh = await Polling.UntilAsync(
            async () =>
            {
                profileBio = ConduitContentApi.Profile(await OkAsync(_b.Api.GetProfileAsync("author"))).GetProperty("bio").GetString();
                articleAuthorBio = ConduitContentApi.Article(await OkAsync(_b.Api.GetArticleAsync(slug))).GetProperty("author").GetProperty("bio").GetString();
                return profileBio == "I train dragons" && articleAuthorBio == "I train dragons";
            },
            FreshWithin);
        Assert.That(fresh, Is.True, $"B served the profile's bio '{profileBio}' and the article author's bio '{articleAuthorBio}'");
    }

    [Test]
    public async Task Favorite_on_one_instance_updates_the_first_pages_the_other_serves_within_a_second()
    {
        var author = await _a.Api.Identity.RegisterNewAsync(TestAccount.Named("author"));
        var reader = await _a.Api.Identity.RegisterNewAsync(TestAccount.Named("reader"));
        var slug = await CreateArticleAsync(_a, author, "Dragons", "body");
        Assert.That(FavoritesCount(await OkAsync(_b.Api.ListArticlesAsync())), Is.Zero);
        Assert.That(FavoritesCount(await OkAsync(_b.Api.ListArticlesAsync(query: "?author=author"))), Is.Zero);
        Assert.That(_b.Memory.TryGet<ArticlePageSnapshot>(ArticleCacheKeys.FirstPage(null, 20), out _), Is.True, "arrangement: B should hold the first page in memory");

        await OkAsync(_a.Api.FavoriteAsync(reader.AccessToken, slug));

        int? global = null;
        int? byAuthor = null;
        var fresh = await Polling.UntilAsync(
            async () =>
            {
                global = FavoritesCount(await OkAsync(_b.Api.ListArticlesAsync()));
                byAuthor = FavoritesCount(await OkAsync(_b.Api.ListArticlesAsync(query: "?author=author")));
                return global == 1 && byAuthor == 1;
            },
            FreshWithin);
        Assert.That(fresh, Is.True, $"B counted {global} favorite(s) on the global first page and {byAuthor} on the author's");
    }

    private static async Task<string> CreateArticleAsync(CacheTestHost host, UserSession author, string title, string body)
    {
        var created = (await host.Api.CreateArticleAsync(author.AccessToken, title, body, "dragons")).ShouldHaveStatus(HttpStatusCode.Created);
        return ConduitContentApi.Article(created).GetProperty("slug").GetString()!;
    }

    private static int FavoritesCount(ApiResponse list) => ConduitContentApi.Articles(list).Single().GetProperty("favoritesCount").GetInt32();

    private static async Task<ApiResponse> OkAsync(Task<ApiResponse> request) => (await request).ShouldHaveStatus(HttpStatusCode.OK);
}
