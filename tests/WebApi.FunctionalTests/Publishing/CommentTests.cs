using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class CommentTests : ApiTestBase
{
    [Test]
    public async Task Add_returns_201_with_exactly_the_comment_members()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");

        var response = await Api.AddCommentAsync(slug, bob.AccessToken, "Thank you so much!");

        response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "comment" }));
        var comment = response.Comment.ShouldBeComment();
        var author = comment.Object("author");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(comment.String("body"), Is.EqualTo("Thank you so much!"));
            Assert.That(comment.String("createdAt"), Is.EqualTo(comment.String("updatedAt")));
            Assert.That(author.String("username"), Is.EqualTo("bob"));
            Assert.That(author.Bool("following"), Is.False);
        }

        author.ShouldHaveNullBioAndImage();
    }

    [Test]
    public async Task List_returns_200_with_every_comment_newest_first()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var first = await Api.CommentAsync(slug, bob, "First!");
        var second = await Api.CommentAsync(slug, alice, "Thanks");
        var third = await Api.CommentAsync(slug, bob, "You're welcome");

        var response = await Api.ListCommentsAsync(slug);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.Json.Keys(), Is.EquivalentTo(new[] { "comments", "nextCursor" }));
        var comments = response.Comments;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(comments.Select(comment => comment.Long("id")), Is.EqualTo(new[] { third, second, first }));
            Assert.That(comments.Select(comment => comment.String("body")), Is.EqualTo(new[] { "You're welcome", "Thanks", "First!" }));
            Assert.That(comments.Select(comment => comment.Object("author").String("username")), Is.EqualTo(new[] { "bob", "alice", "bob" }));
            Assert.That(response.NextCursor, Is.Null);
        }

        foreach (var comment in comments)
        {
            comment.ShouldBeComment();
        }
    }

    [Test]
    public async Task List_of_an_article_without_comments_is_empty()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Silence");

        var response = (await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Comments, Is.Empty);
            Assert.That(response.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task List_shows_only_the_comments_of_that_article()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Here");
        var elsewhere = await Api.PublishSlugAsync(alice, "Elsewhere");
        var here = await Api.CommentAsync(slug, alice, "On this one");
        await Api.CommentAsync(elsewhere, alice, "On the other one");

        var response = (await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(response.Comments.Select(comment => comment.Long("id")), Is.EqualTo(new[] { here }));
    }

    [Test]
    public async Task List_shows_following_from_the_callers_point_of_view()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        await Api.CommentAsync(slug, bob, "Hello");
        await Api.FollowNewAsync(alice, bob);

        var asAlice = (await Api.ListCommentsAsync(slug, token: alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var asAnonymous = (await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asAlice.Comments.Single().Object("author").Bool("following"), Is.True);
            Assert.That(asAnonymous.Comments.Single().Object("author").Bool("following"), Is.False);
        }
    }

    [Test]
    public async Task List_of_an_unknown_article_returns_404_article()
    {
        var response = await Api.ListCommentsAsync("no-such-article");

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }

    [Test]
    public async Task Add_without_a_token_returns_401_and_adds_nothing()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");

        var response = await Api.AddCommentAsync(slug, token: null, "Anonymous remark");

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        Assert.That((await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Comments, Is.Empty);
    }

    [Test]
    public async Task Add_to_an_unknown_article_returns_404_article()
    {
        var bob = await TestUsers.CreateAsync("bob");

        var response = await Api.AddCommentAsync("no-such-article", bob.AccessToken, "Into the void");

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public async Task Add_with_a_blank_body_returns_422_body(string? body)
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");

        var response = await Api.AddCommentAsync(slug, alice.AccessToken, body);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("body", "can't be blank"));
    }

    [Test]
    public async Task Add_without_the_comment_envelope_returns_422()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");

        var response = await Api.SendRawJsonAsync(HttpMethod.Post, $"/api/articles/{slug}/comments", alice.AccessToken, """{"body":"Outside"}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("comment", "can't be blank"));
    }
}
