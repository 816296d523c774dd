using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class DeleteArticleTests : ApiTestBase
{
    [Test]
    public async Task Delete_by_the_author_returns_204_with_no_body_and_the_article_is_gone()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Short lived");

        var response = await Api.DeleteArticleAsync(slug, alice.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.NoContent);
        Assert.That(response.Body, Is.Empty);
        (await Api.GetArticleAsync(slug)).ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
        var list = (await Api.ListArticlesAsync()).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles, Is.Empty);
            Assert.That(list.ArticlesCount, Is.Zero);
        }
    }

    [Test]
    public async Task Delete_removes_the_comments_favorites_and_tags_with_the_article()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "With everything", "only-here");
        var kept = await Api.PublishSlugAsync(alice, "Survivor", "shared");
        await Api.CommentAsync(slug, bob, "Nice");
        (await Api.FavoriteAsync(slug, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.DeleteArticleAsync(slug, alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await Api.ListCommentsAsync(slug)).ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
        var favorites = (await Api.ListArticlesAsync("?favorited=bob")).ShouldHaveStatus(HttpStatusCode.OK);
        var tags = (await Api.ListTagsAsync()).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(favorites.ArticlesCount, Is.Zero, "bob's favorite went with the article");
            Assert.That(tags.Json.Strings("tags"), Is.EqualTo(new[] { "shared" }), "a tag no article uses is no longer listed");
        }

        (await Api.GetArticleAsync(kept)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Delete_twice_returns_404_the_second_time()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Once");
        (await Api.DeleteArticleAsync(slug, alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var response = await Api.DeleteArticleAsync(slug, alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }

    [Test]
    public async Task Delete_without_a_token_returns_401_and_keeps_the_article()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Protected");

        var response = await Api.DeleteArticleAsync(slug, token: null);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Delete_by_someone_other_than_the_author_returns_403_article_and_keeps_the_article()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Not bobs");

        var response = await Api.DeleteArticleAsync(slug, bob.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.Forbidden, Error("article", "forbidden"));
        (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Delete_of_an_unknown_slug_returns_404_article()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.DeleteArticleAsync("no-such-article", alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }
}
