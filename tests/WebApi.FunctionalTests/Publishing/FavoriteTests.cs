using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class FavoriteTests : ApiTestBase
{
    [Test]
    public async Task Favorite_returns_200_with_the_full_article_favorited_and_counted()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Lovable");

        var response = await Api.FavoriteAsync(slug, bob.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "article" }));
        var article = response.Article.ShouldBeArticle();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.String("slug"), Is.EqualTo(slug));
            Assert.That(article.Bool("favorited"), Is.True);
            Assert.That(article.Int("favoritesCount"), Is.EqualTo(1));
            Assert.That(article.Object("author").String("username"), Is.EqualTo("alice"));
        }
    }

    [Test]
    public async Task Favorite_twice_counts_once()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Lovable");
        (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var again = (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Bool("favorited"), Is.True);
            Assert.That(again.Int("favoritesCount"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Favorites_of_several_users_add_up_and_each_sees_their_own_flag()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        var dave = await TestUsers.CreateAsync("dave");
        var slug = await Api.PublishSlugAsync(alice, "Lovable");
        (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var carols = (await Api.FavoriteAsync(slug, carol.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        var asDave = (await Api.GetArticleAsync(slug, dave.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(carols.Int("favoritesCount"), Is.EqualTo(2));
            Assert.That(carols.Bool("favorited"), Is.True);
            Assert.That(asDave.Int("favoritesCount"), Is.EqualTo(2));
            Assert.That(asDave.Bool("favorited"), Is.False);
        }
    }

    [Test]
    public async Task Unfavorite_returns_200_with_the_article_no_longer_favorited()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Fickle");
        (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await Api.UnfavoriteAsync(slug, bob.AccessToken);

        var article = response.ShouldHaveStatus(HttpStatusCode.OK).Article.ShouldBeArticle();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Bool("favorited"), Is.False);
            Assert.That(article.Int("favoritesCount"), Is.Zero);
        }

        var reread = (await Api.GetArticleAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        Assert.That(reread.Bool("favorited"), Is.False);
    }

    [Test]
    public async Task Unfavorite_of_an_article_not_favorited_changes_nothing()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        var slug = await Api.PublishSlugAsync(alice, "Liked by bob");
        (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var article = (await Api.UnfavoriteAsync(slug, carol.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Bool("favorited"), Is.False);
            Assert.That(article.Int("favoritesCount"), Is.EqualTo(1), "bob's favorite still counts; the count never goes below the rows");
        }
    }

    [TestCase(true, TestName = "Favorite_without_a_token_returns_401")]
    [TestCase(false, TestName = "Unfavorite_without_a_token_returns_401")]
    public async Task Favorite_or_unfavorite_without_a_token_returns_401(bool favorite)
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Lovable");

        var response = favorite ? await Api.FavoriteAsync(slug, token: null) : await Api.UnfavoriteAsync(slug, token: null);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [TestCase(true, TestName = "Favorite_of_an_unknown_slug_returns_404_article")]
    [TestCase(false, TestName = "Unfavorite_of_an_unknown_slug_returns_404_article")]
    public async Task Favorite_or_unfavorite_of_an_unknown_slug_returns_404_article(bool favorite)
    {
        var bob = await TestUsers.CreateAsync("bob");

        var response = favorite
            ? await Api.FavoriteAsync("no-such-article", bob.AccessToken)
            : await Api.UnfavoriteAsync("no-such-article", bob.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }
}
