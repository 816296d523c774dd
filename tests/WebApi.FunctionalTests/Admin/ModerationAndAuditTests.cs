using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using CleanBackend.WebApi.Logging;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Admin;

public sealed class ModerationAndAuditTests : ApiTestBase
{
    [Test]
    public async Task A_moderator_deletes_anyones_article_and_comment_and_both_are_audited()
    {
        var moderator = await AdminSessions.ModeratorAsync();
        var admin = await AdminSessions.AdminAsync();
        var author = await TestUsers.CreateAsync("author");
        var kept = await Api.PublishSlugAsync(author, "Fine article");
        var spam = await Api.PublishSlugAsync(author, "Spam article", "spamtag");
        var rude = await Api.CommentAsync(kept, author, "Rude");
        (await Api.GetArticleAsync(spam)).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.AdminDeleteArticleAsync(moderator.AccessToken, spam)).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await Api.AdminDeleteCommentAsync(moderator.AccessToken, rude)).ShouldHaveStatus(HttpStatusCode.NoContent);

        // The cached article and tag list were evicted: the deletion reused the author's path.
        (await Api.GetArticleAsync(spam)).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That((await Api.ListTagsAsync()).Json.Strings("tags"), Does.Not.Contain("spamtag"));
        Assert.That((await Api.ListCommentsAsync(kept)).Comments, Is.Empty);

        var entries = (await Api.AdminAuditAsync(admin.AccessToken, "?actor=" + AdminSessions.IdOf(moderator))).ShouldHaveStatus(HttpStatusCode.OK).Json.Array("entries");
        Assert.That(entries.Select(entry => (entry.String("action"), entry.String("targetType"))), Is.EqualTo(new[]
        {
            ("comments.deleted", "comment"),
            ("articles.deleted", "article"),
        }));
        Assert.That(entries[1].Object("details").String("slug"), Is.EqualTo(spam));
        Assert.That(entries[1].String("actorUsername"), Is.EqualTo("mod"));
    }

    [Test]
    public async Task Moderation_of_unknown_content_answers_404()
    {
        var moderator = await AdminSessions.ModeratorAsync();

        (await Api.AdminDeleteArticleAsync(moderator.AccessToken, "no-such-article")).ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
        (await Api.AdminDeleteCommentAsync(moderator.AccessToken, 999_999)).ShouldBeProblem(HttpStatusCode.NotFound, Error("comment", "not found"));
    }

    [Test]
    public async Task Every_admin_action_is_in_the_trail_with_actor_target_time_and_the_requests_correlation_id()
    {
        var admin = await AdminSessions.AdminAsync();
        var target = await TestUsers.CreateAsync("target");
        var targetId = AdminSessions.IdOf(target);
        const string correlationId = "audit-test-1";

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/users/{targetId}/deactivate").WithAuthorization(admin.AccessToken);
        request.Headers.Add(CorrelationIdMiddleware.HeaderName, correlationId);
        (await Api.SendAsync(request)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminReactivateAsync(admin.AccessToken, targetId)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminChangeRolesAsync(admin.AccessToken, targetId, "Moderator")).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminChangeMetadataAsync(admin.AccessToken, targetId, new { plan = "pro" })).ShouldHaveStatus(HttpStatusCode.OK);

        var all = (await Api.AdminAuditAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Json.Array("entries");
        var deactivations = (await Api.AdminAuditAsync(admin.AccessToken, "?action=users.deactivated")).ShouldHaveStatus(HttpStatusCode.OK).Json.Array("entries");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Select(entry => entry.String("action")), Is.EqualTo(new[]
            {
                "users.metadata.changed", "users.roles.changed", "users.reactivated", "users.deactivated",
            }));
            Assert.That(all.Select(entry => entry.String("actorId")), Is.All.EqualTo(AdminSessions.IdOf(admin).ToString()));
            Assert.That(all.Select(entry => entry.String("targetId")), Is.All.EqualTo(targetId.ToString()));
            Assert.That(all.Select(entry => entry.String("occurredAt")), Is.All.EndsWith("Z"));
            Assert.That(deactivations, Has.Count.EqualTo(1));
            Assert.That(deactivations[0].String("correlationId"), Is.EqualTo(correlationId));
            Assert.That(all[1].Object("details").Strings("before"), Is.EqualTo(new[] { "User" }));
            Assert.That(all[1].Object("details").Strings("after"), Is.EqualTo(new[] { "User", "Moderator" }));
            Assert.That(all[0].Object("details").GetProperty("after").GetProperty("plan").GetString(), Is.EqualTo("pro"));
        }
    }

    [Test]
    public async Task A_refused_action_leaves_no_entry()
    {
        var admin = await AdminSessions.AdminAsync();

        (await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(admin))).ShouldHaveStatus(HttpStatusCode.Forbidden);
        (await Api.AdminChangeRolesAsync(admin.AccessToken, Guid.NewGuid(), "Moderator")).ShouldHaveStatus(HttpStatusCode.NotFound);

        Assert.That((await Api.AdminAuditAsync(admin.AccessToken)).Json.Array("entries"), Is.Empty);
    }

    [Test]
    public async Task The_trail_pages_with_a_cursor_and_refuses_another_lists_cursor()
    {
        var admin = await AdminSessions.AdminAsync();
        var target = await TestUsers.CreateAsync("target");
        for (var round = 0; round < 3; round++)
        {
            (await Api.AdminChangeMetadataAsync(admin.AccessToken, AdminSessions.IdOf(target), new { round })).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var first = (await Api.AdminAuditAsync(admin.AccessToken, "?limit=2")).ShouldHaveStatus(HttpStatusCode.OK);
        var second = (await Api.AdminAuditAsync(admin.AccessToken, "?limit=2&cursor=" + first.NextCursor)).ShouldHaveStatus(HttpStatusCode.OK);
        var usersCursor = (await Api.AdminListUsersAsync(admin.AccessToken, "?limit=1")).NextCursor;

        Assert.That(
            first.Json.Array("entries").Concat(second.Json.Array("entries")).Select(entry => entry.Object("details").GetProperty("after").GetProperty("round").GetInt32()),
            Is.EqualTo(new[] { 2, 1, 0 }));
        Assert.That(second.NextCursor, Is.Null);
        (await Api.AdminAuditAsync(admin.AccessToken, "?cursor=" + usersCursor)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
    }

    [Test]
    public async Task An_entry_is_written_in_the_same_transaction_as_its_action()
    {
        var admin = await AdminSessions.AdminAsync();
        var target = await TestUsers.CreateAsync("target");

        (await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(target))).ShouldHaveStatus(HttpStatusCode.OK);

        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT u.xmin::text = e.xmin::text FROM identity.users u, audit.entries e WHERE u.id = @id AND e.target_id = @id::text",
            connection);
        command.Parameters.AddWithValue("id", AdminSessions.IdOf(target));
        Assert.That(await command.ExecuteScalarAsync(), Is.True, "the user row and its audit entry were written by one transaction");
    }
}
