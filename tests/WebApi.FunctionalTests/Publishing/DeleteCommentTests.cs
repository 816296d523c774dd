using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

/// <summary>A comment may be deleted by its author, or by a Moderator or an Admin; nobody else.</summary>
public sealed class DeleteCommentTests : ApiTestBase
{
    [Test]
    public async Task Delete_by_the_comments_author_returns_204_with_no_body_and_removes_it()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var doomed = await Api.CommentAsync(slug, bob, "Regrettable");
        var kept = await Api.CommentAsync(slug, alice, "Keeper");

        var response = await Api.DeleteCommentAsync(slug, doomed, bob.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.NoContent);
        Assert.That(response.Body, Is.Empty);
        var remaining = (await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Comments;
        Assert.That(remaining.Select(comment => comment.Long("id")), Is.EqualTo(new[] { kept }));
    }

    [Test]
    public async Task Delete_by_the_articles_author_who_did_not_write_the_comment_returns_403_comment()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var comment = await Api.CommentAsync(slug, bob, "Bob's opinion");

        var response = await Api.DeleteCommentAsync(slug, comment, alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.Forbidden, Error("comment", "forbidden"));
        Assert.That((await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Comments, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Delete_by_another_user_returns_403_comment()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var comment = await Api.CommentAsync(slug, bob, "Bob's opinion");

        var response = await Api.DeleteCommentAsync(slug, comment, carol.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.Forbidden, Error("comment", "forbidden"));
    }

    [TestCase(ConduitDatabase.ModeratorRoleId, TestName = "Delete by a Moderator who did not write the comment returns 204")]
    [TestCase(ConduitDatabase.AdminRoleId, TestName = "Delete by an Admin who did not write the comment returns 204")]
    public async Task Delete_by_a_moderating_role_returns_204(short roleId)
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var staff = await TestUsers.CreateAsync("staff");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var comment = await Api.CommentAsync(slug, bob, "Offensive");
        await Database.GrantRoleAsync(staff, roleId);
        var staffWithRole = await Api.LoginSessionAsync(staff.Account);

        var response = await Api.DeleteCommentAsync(slug, comment, staffWithRole.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.NoContent);
        Assert.That((await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Comments, Is.Empty);
    }

    [Test]
    public async Task Delete_without_a_token_returns_401()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var comment = await Api.CommentAsync(slug, alice, "Mine");

        var response = await Api.DeleteCommentAsync(slug, comment, token: null);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        Assert.That((await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Comments, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Delete_of_an_unknown_comment_returns_404_comment()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");

        var response = await Api.DeleteCommentAsync(slug, 999_999, alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("comment", "not found"));
    }

    [Test]
    public async Task Delete_twice_returns_404_comment_the_second_time()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var comment = await Api.CommentAsync(slug, alice, "Mine");
        (await Api.DeleteCommentAsync(slug, comment, alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var response = await Api.DeleteCommentAsync(slug, comment, alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("comment", "not found"));
    }

    [Test]
    public async Task Delete_through_another_articles_slug_returns_404_comment_and_keeps_it()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Where it is");
        var other = await Api.PublishSlugAsync(alice, "Where it is not");
        var comment = await Api.CommentAsync(slug, alice, "Mine");

        var response = await Api.DeleteCommentAsync(other, comment, alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("comment", "not found"));
        Assert.That((await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Comments, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Delete_on_an_unknown_article_returns_404_article()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discuss this");
        var comment = await Api.CommentAsync(slug, alice, "Mine");

        var response = await Api.DeleteCommentAsync("no-such-article", comment, alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }
}
