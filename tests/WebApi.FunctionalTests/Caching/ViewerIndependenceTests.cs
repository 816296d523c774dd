using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Caching;

/// <summary>
/// The cache holds one copy of an article, page or profile for every viewer; the viewer's own flags
/// (favorited, following) are added per request, whichever viewer filled the cache.
/// </summary>
public sealed class ViewerIndependenceTests : ApiTestBase
{
    private ConduitContentApi _api = null!;
    private UserSession _fan = null!;
    private string _author = null!;
    private string _slug = null!;

    [SetUp]
    public async Task CreateAnArticleTheFanFavoritesAndFollowsAsync()
    {
        // The assembly's API keeps its cache while each test empties the database: names of this test's own
        // keep a profile cached by an earlier test (for a user id that no longer exists) out of the way.
        _api = new ConduitContentApi(Api);
        _author = "author" + Guid.NewGuid().ToString("N")[..8];
        var author = await Api.RegisterNewAsync(TestAccount.Named(_author));
        _fan = await Api.RegisterNewAsync(TestAccount.Named("fan"));
        var created = (await _api.CreateArticleAsync(author.AccessToken, "Dragons", "body", "dragons")).ShouldHaveStatus(HttpStatusCode.Created);
        _slug = ConduitContentApi.Article(created).GetProperty("slug").GetString()!;
        (await _api.FavoriteAsync(_fan.AccessToken, _slug)).ShouldHaveStatus(HttpStatusCode.OK);
        (await _api.FollowAsync(_fan.AccessToken, _author)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [TestCase(true, TestName = "Article: the anonymous reader fills the cache, then the fan reads")]
    [TestCase(false, TestName = "Article: the fan fills the cache, then the anonymous reader reads")]
    public async Task Article_flags_are_the_viewers_own(bool anonymousFirst)
    {
        var (anonymous, fan) = await InOrderAsync(anonymousFirst, () => _api.GetArticleAsync(_slug), () => _api.GetArticleAsync(_slug, _fan.AccessToken));
        var again = ConduitContentApi.Article(await OkAsync(_api.GetArticleAsync(_slug)));

        var anonymousArticle = ConduitContentApi.Article(anonymous);
        var fanArticle = ConduitContentApi.Article(fan);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(anonymousArticle.GetProperty("favorited").GetBoolean(), Is.False);
            Assert.That(anonymousArticle.GetProperty("author").GetProperty("following").GetBoolean(), Is.False);
            Assert.That(fanArticle.GetProperty("favorited").GetBoolean(), Is.True);
            Assert.That(fanArticle.GetProperty("author").GetProperty("following").GetBoolean(), Is.True);
            Assert.That(again.GetProperty("favorited").GetBoolean(), Is.False, "the fan's flags must not stick to the cached copy");
            Assert.That(anonymousArticle.GetProperty("favoritesCount").GetInt32(), Is.EqualTo(1));
            Assert.That(fanArticle.GetProperty("favoritesCount").GetInt32(), Is.EqualTo(1));
        }
    }

    [TestCase(true, TestName = "First page: the anonymous reader fills the cache, then the fan reads")]
    [TestCase(false, TestName = "First page: the fan fills the cache, then the anonymous reader reads")]
    public async Task First_page_flags_are_the_viewers_own(bool anonymousFirst)
    {
        var (anonymous, fan) = await InOrderAsync(anonymousFirst, () => _api.ListArticlesAsync(), () => _api.ListArticlesAsync(_fan.AccessToken));
        var again = ConduitContentApi.Articles(await OkAsync(_api.ListArticlesAsync())).Single();

        var anonymousArticle = ConduitContentApi.Articles(anonymous).Single();
        var fanArticle = ConduitContentApi.Articles(fan).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(anonymousArticle.GetProperty("favorited").GetBoolean(), Is.False);
            Assert.That(anonymousArticle.GetProperty("author").GetProperty("following").GetBoolean(), Is.False);
            Assert.That(fanArticle.GetProperty("favorited").GetBoolean(), Is.True);
            Assert.That(fanArticle.GetProperty("author").GetProperty("following").GetBoolean(), Is.True);
            Assert.That(again.GetProperty("favorited").GetBoolean(), Is.False, "the fan's flags must not stick to the cached copy");
        }
    }

    [TestCase(true, TestName = "Profile: the anonymous reader fills the cache, then the fan reads")]
    [TestCase(false, TestName = "Profile: the fan fills the cache, then the anonymous reader reads")]
    public async Task Profile_following_is_the_viewers_own(bool anonymousFirst)
    {
        var (anonymous, fan) = await InOrderAsync(anonymousFirst, () => _api.GetProfileAsync(_author), () => _api.GetProfileAsync(_author, _fan.AccessToken));
        var again = ConduitContentApi.Profile(await OkAsync(_api.GetProfileAsync(_author)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ConduitContentApi.Profile(anonymous).GetProperty("following").GetBoolean(), Is.False);
            Assert.That(ConduitContentApi.Profile(fan).GetProperty("following").GetBoolean(), Is.True);
            Assert.That(again.GetProperty("following").GetBoolean(), Is.False, "the fan's flag must not stick to the cached copy");
        }
    }

    private static async Task<(ApiResponse Anonymous, ApiResponse Fan)> InOrderAsync(
        bool anonymousFirst, Func<Task<ApiResponse>> asAnonymous, Func<Task<ApiResponse>> asFan)
    {
        if (anonymousFirst)
        {
            var anonymous = await OkAsync(asAnonymous());
            return (anonymous, await OkAsync(asFan()));
        }

        var fan = await OkAsync(asFan());
        return (await OkAsync(asAnonymous()), fan);
    }

    private static async Task<ApiResponse> OkAsync(Task<ApiResponse> request) => (await request).ShouldHaveStatus(HttpStatusCode.OK);
}
