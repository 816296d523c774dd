using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.EndToEnd;

/// <summary>The flow a Conduit front end goes through, one request after the other, checking each answer.</summary>
public sealed class ConduitFlowTests : ApiTestBase
{
    [Test]
    public async Task Register_follow_publish_feed_favorite_comment_and_delete()
    {
        // Register two users.
        var writer = await Api.RegisterNewAsync("writer");
        var reader = await Api.RegisterNewAsync("reader");

        // The reader follows the writer.
        var followed = (await Api.FollowAsync("writer", reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile.ShouldBeProfile();
        Assert.That(followed.Bool("following"), Is.True, "follow");

        // The writer publishes.
        var created = await Api.CreateArticleAsync(writer.AccessToken, new
        {
            title = "How to train your dragon",
            description = "Ever wonder how?",
            body = "You have to believe",
            tagList = new[] { "dragons", "training" },
        });
        var article = created.ShouldHaveStatus(HttpStatusCode.Created).Article.ShouldBeArticle();
        var slug = article.String("slug");
        Assert.That(slug, Is.EqualTo("how-to-train-your-dragon"), "create");

        // It shows up in the reader's feed, with the author followed.
        var feed = (await Api.FeedAsync(reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(feed.ArticleSlugs, Is.EqualTo(new[] { slug }), "feed");
            Assert.That(feed.ArticlesCount, Is.EqualTo(1));
            Assert.That(feed.Articles[0].ShouldBeArticleSummary().Object("author").Bool("following"), Is.True);
        }

        // The reader favorites it.
        var favorited = (await Api.FavoriteAsync(slug, reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Article.ShouldBeArticle();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(favorited.Bool("favorited"), Is.True, "favorite");
            Assert.That(favorited.Int("favoritesCount"), Is.EqualTo(1));
        }

        var favorites = (await Api.ListArticlesAsync("?favorited=reader")).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(favorites.ArticleSlugs, Is.EqualTo(new[] { slug }), "the reader's favorites");

        // The reader comments; the comment is listed.
        var comment = (await Api.AddCommentAsync(slug, reader.AccessToken, "Great article!")).ShouldHaveStatus(HttpStatusCode.Created).Comment.ShouldBeComment();
        var commentId = comment.Long("id");
        var comments = (await Api.ListCommentsAsync(slug, token: writer.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Comments;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(comments.Select(listed => listed.Long("id")), Is.EqualTo(new[] { commentId }), "comment");
            Assert.That(comments[0].Object("author").String("username"), Is.EqualTo("reader"));
        }

        // The writer may not delete the reader's comment; the reader may.
        (await Api.DeleteCommentAsync(slug, commentId, writer.AccessToken)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("comment", "forbidden"));
        (await Api.DeleteCommentAsync(slug, commentId, reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.NoContent);
        Assert.That((await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Comments, Is.Empty, "delete comment");

        // The reader may not delete the article; the writer may.
        (await Api.DeleteArticleAsync(slug, reader.AccessToken)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("article", "forbidden"));
        (await Api.DeleteArticleAsync(slug, writer.AccessToken)).ShouldHaveStatus(HttpStatusCode.NoContent);

        // Gone everywhere.
        (await Api.GetArticleAsync(slug)).ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
        var feedAfter = (await Api.FeedAsync(reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var tagsAfter = (await Api.ListTagsAsync()).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(feedAfter.ArticlesCount, Is.Zero, "delete article");
            Assert.That(tagsAfter.Json.Strings("tags"), Is.Empty);
        }
    }
}
