using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class GetArticleTests : ApiTestBase
{
    [Test]
    public async Task Get_anonymously_returns_200_with_the_full_article_and_false_viewer_flags()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Readable by anyone", "b", "a");
        await Api.FollowNewAsync(bob, alice);
        (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await Api.GetArticleAsync(slug);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "article" }));
        var article = response.Article.ShouldBeArticle();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.String("slug"), Is.EqualTo(slug));
            Assert.That(article.String("body"), Is.EqualTo(ConduitApiClient.DefaultBody));
            Assert.That(article.Strings("tagList"), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(article.Bool("favorited"), Is.False, "anonymous callers have favorited nothing");
            Assert.That(article.Int("favoritesCount"), Is.EqualTo(1), "but the count is everyone's");
            Assert.That(article.Object("author").Bool("following"), Is.False, "anonymous callers follow no one");
        }
    }

    [Test]
    public async Task Get_shows_favorited_and_following_from_the_callers_point_of_view()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        var slug = await Api.PublishSlugAsync(alice, "Seen differently");
        await Api.FollowNewAsync(bob, alice);
        (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var asBob = (await Api.GetArticleAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        var asCarol = (await Api.GetArticleAsync(slug, carol.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        var asAlice = (await Api.GetArticleAsync(slug, alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asBob.Bool("favorited"), Is.True);
            Assert.That(asBob.Object("author").Bool("following"), Is.True);
            Assert.That(asCarol.Bool("favorited"), Is.False);
            Assert.That(asCarol.Object("author").Bool("following"), Is.False);
            Assert.That(asAlice.Bool("favorited"), Is.False);
            Assert.That(asAlice.Object("author").Bool("following"), Is.False);
            foreach (var view in new[] { asBob, asCarol, asAlice })
            {
                Assert.That(view.Int("favoritesCount"), Is.EqualTo(1));
            }
        }
    }

    [Test]
    public async Task Get_shows_the_authors_bio_and_image_when_set()
    {
        var alice = await TestUsers.CreateAsync("alice");
        (await Api.UpdateCurrentUserAsync(alice.AccessToken, new { bio = "Dragon trainer", image = "https://example.com/a.png" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var slug = await Api.PublishSlugAsync(alice, "With a bio");

        var author = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article.Object("author").ShouldBeProfile();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(author.String("bio"), Is.EqualTo("Dragon trainer"));
            Assert.That(author.String("image"), Is.EqualTo("https://example.com/a.png"));
        }
    }

    [Test]
    public async Task Get_of_an_unknown_slug_returns_404_article()
    {
        var response = await Api.GetArticleAsync("no-such-article");

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }
}
