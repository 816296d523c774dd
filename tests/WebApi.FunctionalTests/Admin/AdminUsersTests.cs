using System.Net;
using CleanBackend.WebApi.FunctionalTests.Notifications;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Admin;

public sealed class AdminUsersTests : ApiTestBase
{
    [Test]
    public async Task List_filters_by_prefix_role_activity_and_metadata_containment()
    {
        var admin = await AdminSessions.AdminAsync();
        var alice = await TestUsers.CreateAsync("alice");
        var alfred = await TestUsers.CreateAsync("alfred");
        await TestUsers.CreateAsync("bob");
        var moderator = await AdminSessions.ModeratorAsync("almod");
        (await Api.AdminChangeMetadataAsync(admin.AccessToken, AdminSessions.IdOf(alice), new { plan = "pro", tags = new[] { "beta", "eu" } })).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminChangeMetadataAsync(admin.AccessToken, AdminSessions.IdOf(alfred), new { plan = "free" })).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(alfred))).ShouldHaveStatus(HttpStatusCode.OK);

        async Task<IReadOnlyList<string>> NamesAsync(string query) =>
            (await Api.AdminListUsersAsync(admin.AccessToken, query)).ShouldHaveStatus(HttpStatusCode.OK).Json.Array("users")
                .Select(user => user.String("username")).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await NamesAsync("?q=AL"), Is.EquivalentTo(new[] { "alice", "alfred", "almod" }), "username prefix, any case");
            Assert.That(await NamesAsync("?q=bob%40example"), Is.EquivalentTo(new[] { "bob" }), "e-mail prefix");
            Assert.That(await NamesAsync("?q=%25"), Is.Empty, "LIKE wildcards are matched literally");
            Assert.That(await NamesAsync("?role=moderator"), Is.EquivalentTo(new[] { "almod", "boss" }));
            Assert.That(await NamesAsync("?active=false"), Is.EquivalentTo(new[] { "alfred" }));
            Assert.That(await NamesAsync("?metadata=" + Uri.EscapeDataString("""{"tags":["eu"]}""")), Is.EquivalentTo(new[] { "alice" }));
            Assert.That(await NamesAsync("?q=al&active=true&metadata=" + Uri.EscapeDataString("""{"plan":"pro"}""")), Is.EquivalentTo(new[] { "alice" }));
        }

        Assert.That(moderator, Is.Not.Null);
    }

    [Test]
    public async Task List_shows_the_documented_shape_newest_first_with_a_working_cursor()
    {
        var admin = await AdminSessions.AdminAsync();
        await TestUsers.CreateManyAsync("user", 5);

        var first = (await Api.AdminListUsersAsync(admin.AccessToken, "?limit=4")).ShouldHaveStatus(HttpStatusCode.OK);
        var second = (await Api.AdminListUsersAsync(admin.AccessToken, "?limit=4&cursor=" + first.NextCursor)).ShouldHaveStatus(HttpStatusCode.OK);

        var user = first.Json.Array("users")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Keys(), Is.EquivalentTo(new[] { "id", "username", "email", "bio", "image", "roles", "active", "metadata", "createdAt", "updatedAt" }));
            Assert.That(user.String("username"), Is.EqualTo("user5"), "newest first");
            Assert.That(first.Json.Array("users").Concat(second.Json.Array("users")).Select(u => u.String("username")),
                Is.EqualTo(new[] { "user5", "user4", "user3", "user2", "user1", "boss" }));
            Assert.That(second.NextCursor, Is.Null);
        }
    }

    [TestCase("{not json")]
    [TestCase("[1,2]")]
    [TestCase("\"pro\"")]
    public async Task List_with_metadata_that_is_not_a_json_object_answers_422_naming_metadata(string metadata)
    {
        var admin = await AdminSessions.AdminAsync();

        var response = await Api.AdminListUsersAsync(admin.AccessToken, "?metadata=" + Uri.EscapeDataString(metadata));

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("metadata", "must be a JSON object"));
    }

    [Test]
    public async Task List_with_an_unknown_role_or_another_lists_cursor_answers_422_naming_each()
    {
        var admin = await AdminSessions.AdminAsync();
        var author = await TestUsers.CreateAsync("author");
        await Api.PublishManyAsync(author, 3);
        var articleCursor = (await Api.ListArticlesAsync("?limit=1")).NextCursor;

        var response = await Api.AdminListUsersAsync(admin.AccessToken, $"?role=Overlord&cursor={articleCursor}");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EquivalentTo(new[] { "role", "cursor" }));
    }

    [Test]
    public async Task Get_of_an_unknown_user_answers_404()
    {
        var admin = await AdminSessions.AdminAsync();

        (await Api.AdminGetUserAsync(admin.AccessToken, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.NotFound, Error("user", "not found"));
    }

    [Test]
    public async Task Change_roles_replaces_them_keeping_user_and_an_unknown_role_answers_422()
    {
        var admin = await AdminSessions.AdminAsync();
        var target = await TestUsers.CreateAsync("target");

        var changed = (await Api.AdminChangeRolesAsync(admin.AccessToken, AdminSessions.IdOf(target), "Moderator")).ShouldHaveStatus(HttpStatusCode.OK);
        var unknown = await Api.AdminChangeRolesAsync(admin.AccessToken, AdminSessions.IdOf(target), "Overlord");

        Assert.That(changed.User.Strings("roles"), Is.EqualTo(new[] { "User", "Moderator" }));
        unknown.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("roles[0]", "is not a role"));
    }

    [Test]
    public async Task Change_metadata_to_something_else_than_an_object_answers_422()
    {
        var admin = await AdminSessions.AdminAsync();
        var target = await TestUsers.CreateAsync("target");

        var response = await Api.AdminChangeMetadataAsync(admin.AccessToken, AdminSessions.IdOf(target), new[] { 1, 2 });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("metadata", "must be a JSON object"));
    }

    [Test]
    public async Task An_admin_cannot_change_his_own_roles_or_deactivate_himself()
    {
        var admin = await AdminSessions.AdminAsync();

        var roles = await Api.AdminChangeRolesAsync(admin.AccessToken, AdminSessions.IdOf(admin), "User");
        var deactivate = await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(admin));

        roles.ShouldBeProblem(HttpStatusCode.Forbidden, Error("user", "forbidden"));
        deactivate.ShouldBeProblem(HttpStatusCode.Forbidden, Error("user", "forbidden"));
    }

    [Test]
    public async Task Nobody_can_raise_his_own_role()
    {
        var plain = await Api.RegisterAndLoginAsync(TestAccount.Named("plain"));
        var moderator = await AdminSessions.ModeratorAsync();

        var byPlain = await Api.AdminChangeRolesAsync(plain.AccessToken, AdminSessions.IdOf(plain), "Admin");
        var byModerator = await Api.AdminChangeRolesAsync(moderator.AccessToken, AdminSessions.IdOf(moderator), "Admin");
        var refreshed = (await Api.RefreshAsync(plain.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);

        byPlain.ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
        byModerator.ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
        (await Api.AdminStatsAsync(refreshed.UserString("token"))).ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
    }

    [Test]
    public async Task A_role_change_takes_effect_on_refresh_without_signing_the_user_out()
    {
        var admin = await AdminSessions.AdminAsync();
        var author = await TestUsers.CreateAsync("author");
        var slug = await Api.PublishSlugAsync(author, "Doubtful");
        var promoted = await Api.RegisterAndLoginAsync(TestAccount.Named("promoted"));
        await TestMfa.EnableAsync(AdminSessions.IdOf(promoted));

        (await Api.AdminChangeRolesAsync(admin.AccessToken, AdminSessions.IdOf(promoted), "Moderator")).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.GetCurrentUserAsync(promoted.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminDeleteArticleAsync(promoted.AccessToken, slug)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
        var refreshed = (await Api.RefreshAsync(promoted.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminDeleteArticleAsync(refreshed.UserString("token"), slug)).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_demoted_moderators_live_token_is_refused_at_once_and_his_refreshed_token_lacks_the_role()
    {
        var admin = await AdminSessions.AdminAsync();
        var author = await TestUsers.CreateAsync("author");
        var slug = await Api.PublishSlugAsync(author, "Commented");
        var first = await Api.CommentAsync(slug, author, "First");
        var second = await Api.CommentAsync(slug, author, "Second");
        var account = TestAccount.Named("demoted");
        var session = await Api.RegisterAndLoginAsync(account);
        await TestMfa.EnableAsync(AdminSessions.IdOf(session));
        (await Api.AdminChangeRolesAsync(admin.AccessToken, AdminSessions.IdOf(session), "Moderator")).ShouldHaveStatus(HttpStatusCode.OK);
        var moderator = (await Api.RefreshAsync(session.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);

        // His stamp is now cached on this replica and in Redis: the demotion must evict it.
        (await Api.AdminDeleteCommentAsync(moderator.UserString("token"), first)).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await Api.AdminChangeRolesAsync(admin.AccessToken, AdminSessions.IdOf(session))).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.AdminDeleteCommentAsync(moderator.UserString("token"), second)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        var demoted = (await Api.RefreshAsync(moderator.UserString("refreshToken"))).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.GetCurrentUserAsync(demoted.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.AdminDeleteCommentAsync(demoted.UserString("token"), second)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
        Assert.That((await Api.ListCommentsAsync(slug)).Comments, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Stats_count_users_active_users_articles_comments_and_jobs_by_state()
    {
        var admin = await AdminSessions.AdminAsync();
        var author = await TestUsers.CreateAsync("author");
        var gone = await TestUsers.CreateAsync("gone");
        var slug = await Api.PublishSlugAsync(author, "Counted");
        await Api.PublishSlugAsync(author, "Counted too");
        await Api.CommentAsync(slug, author, "One");
        (await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(gone))).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.SendNewsletterToTheEndAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.Accepted);

        var stats = (await Api.AdminStatsAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Json.Object("stats");
        var jobs = stats.Object("jobs");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                stats.Keys().Where(key => key != "jobs").ToDictionary(key => key, key => stats.Long(key)),
                Is.EqualTo(new Dictionary<string, long> { ["users"] = 3, ["activeUsers"] = 2, ["articles"] = 2, ["comments"] = 1 }));
            Assert.That(
                jobs.Keys().ToDictionary(key => key, key => jobs.Long(key)),
                Is.EqualTo(new Dictionary<string, long> { ["queued"] = 0, ["running"] = 0, ["succeeded"] = 1, ["failed"] = 0 }));
        }
    }
}
