using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

/// <summary>
/// The favorites count is a stored column changed together with the favorite rows; parallel
/// requests must neither lose an increment nor count a favorite twice, and never fail with a 5xx.
/// </summary>
public sealed class ConcurrentFavoriteTests : ApiTestBase
{
    private const int Users = 20;

    [Test]
    public async Task Parallel_favorites_by_distinct_users_all_count()
    {
        var (slug, fans) = await ArticleWithFansAsync(Users);

        var responses = await Task.WhenAll(fans.Select(fan => Api.FavoriteAsync(slug, fan.AccessToken)));

        AssertAllOk(responses);
        Assert.That(responses.Select(response => response.Article.Bool("favorited")), Is.All.True);
        await AssertCountAsync(slug, Users);
    }

    [Test]
    public async Task Parallel_favorites_by_one_user_count_once()
    {
        var (slug, fans) = await ArticleWithFansAsync(1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Api.FavoriteAsync(slug, fans[0].AccessToken)));

        AssertAllOk(responses);
        await AssertCountAsync(slug, 1);
    }

    [Test]
    public async Task Parallel_unfavorites_by_distinct_users_bring_the_count_to_zero()
    {
        var (slug, fans) = await ArticleWithFansAsync(Users);
        foreach (var fan in fans)
        {
            (await Api.FavoriteAsync(slug, fan.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var responses = await Task.WhenAll(fans.Select(fan => Api.UnfavoriteAsync(slug, fan.AccessToken)));

        AssertAllOk(responses);
        Assert.That(responses.Select(response => response.Article.Bool("favorited")), Is.All.False);
        await AssertCountAsync(slug, 0);
    }

    [Test]
    public async Task Parallel_unfavorites_by_one_user_never_go_below_zero()
    {
        var (slug, fans) = await ArticleWithFansAsync(1);
        (await Api.FavoriteAsync(slug, fans[0].AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Api.UnfavoriteAsync(slug, fans[0].AccessToken)));

        AssertAllOk(responses);
        await AssertCountAsync(slug, 0);
    }

    [Test]
    public async Task Parallel_favorites_and_unfavorites_of_different_users_leave_the_count_equal_to_the_favorites()
    {
        var (slug, fans) = await ArticleWithFansAsync(Users);
        var leaving = fans.Take(Users / 2).ToList();
        var joining = fans.Skip(Users / 2).ToList();
        foreach (var fan in leaving)
        {
            (await Api.FavoriteAsync(slug, fan.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var responses = await Task.WhenAll(
            leaving.Select(fan => Api.UnfavoriteAsync(slug, fan.AccessToken))
                .Concat(joining.Select(fan => Api.FavoriteAsync(slug, fan.AccessToken))));

        AssertAllOk(responses);
        await AssertCountAsync(slug, joining.Count);
    }

    [Test]
    public async Task Interleaved_favorite_and_unfavorite_by_one_user_keep_the_count_consistent()
    {
        var (slug, fans) = await ArticleWithFansAsync(1);
        var token = fans[0].AccessToken;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(index =>
            index % 2 == 0 ? Api.FavoriteAsync(slug, token) : Api.UnfavoriteAsync(slug, token)));

        AssertAllOk(responses);
        var (stored, rows) = await Database.FavoriteCountsAsync(slug);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Is.InRange(0, 1));
            Assert.That(stored, Is.EqualTo(rows), "the stored count matches the favorite rows");
        }

        var article = (await Api.GetArticleAsync(slug, token)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Int("favoritesCount"), Is.EqualTo(rows));
            Assert.That(article.Bool("favorited"), Is.EqualTo(rows == 1));
        }
    }

    [Test]
    public async Task Parallel_favorites_while_the_author_edits_the_article_all_count()
    {
        var (slug, fans) = await ArticleWithFansAsync(Users);
        var author = await TestUsers.CreateAsync("editor");
        var edited = await Api.PublishSlugAsync(author, "Edited meanwhile");

        var favorites = fans.Select(fan => Api.FavoriteAsync(edited, fan.AccessToken)).ToList();
        var edits = Enumerable.Range(1, 3).Select(index => Api.UpdateArticleAsync(edited, author.AccessToken, new { body = $"Edit {index}" })).ToList();
        var responses = await Task.WhenAll(favorites.Concat(edits));

        // An edit loads the article, so it must not write back the favorites count it read.
        AssertAllOk(responses);
        await AssertCountAsync(edited, Users);
        await AssertCountAsync(slug, 0);
    }

    private async Task<(string Slug, IReadOnlyList<UserSession> Fans)> ArticleWithFansAsync(int fanCount)
    {
        var author = await TestUsers.CreateAsync("author");
        var slug = await Api.PublishSlugAsync(author, "Everybody's darling");
        var fans = await TestUsers.CreateManyAsync("fan", fanCount);
        return (slug, fans);
    }

    private static void AssertAllOk(IReadOnlyList<ApiResponse> responses)
    {
        var statuses = responses.Select(response => (int)response.StatusCode).ToList();
        Assert.That(statuses, Is.All.EqualTo((int)HttpStatusCode.OK), string.Join(", ", statuses));
    }

    private async Task AssertCountAsync(string slug, int expected)
    {
        var (stored, rows) = await Database.FavoriteCountsAsync(slug);
        var article = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Int("favoritesCount"), Is.EqualTo(expected), "favoritesCount over HTTP");
            Assert.That(rows, Is.EqualTo(expected), "favorite rows");
            Assert.That(stored, Is.EqualTo(expected), "stored favorites_count");
        }
    }
}
