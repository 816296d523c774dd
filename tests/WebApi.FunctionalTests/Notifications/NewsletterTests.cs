using System.Net;
using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Notifications;

/// <summary>
/// POST /api/admin/newsletters: 202 at once, then the job sends one mail per subscribed active user into the real sink.
/// Every test waits for the newsletters it queued: other hosts on this database (each its own job cluster) would
/// otherwise find them unfinished and send them from their sweep.
/// </summary>
public sealed class NewsletterTests : ApiTestBase
{
    [Test]
    public async Task A_newsletter_is_accepted_and_its_job_sends_one_mail_to_each_subscribed_active_user()
    {
        var admin = await Api.CreateAdminAsync(Database);
        var readers = new[] { await NewsletterApi.CreateReaderAsync("reader"), await NewsletterApi.CreateReaderAsync("reader") };
        var optedOut = await NewsletterApi.CreateReaderAsync("optout");
        var inactive = await NewsletterApi.CreateReaderAsync("inactive");
        (await Api.UpdateCurrentUserAsync(optedOut.AccessToken, new { newsletter = false })).ShouldHaveStatus(HttpStatusCode.OK);
        await DeactivateAsync(inactive);

        var response = await Api.SendNewsletterAsync(admin.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.Accepted);
        var accepted = response.Json.Object("job");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Location, Is.EqualTo($"/api/admin/jobs/{accepted.String("id")}"));
            Assert.That(accepted.String("type"), Is.EqualTo("newsletter"));
            Assert.That(accepted.String("state"), Is.EqualTo("queued"));
            Assert.That(accepted.Int("total"), Is.EqualTo(3), "the admin and the two readers");
        }

        var job = await Api.WaitUntilFinishedAsync(admin.AccessToken, response.Location!);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.String("state"), Is.EqualTo("succeeded"));
            Assert.That(job.Int("sent"), Is.EqualTo(3));
            Assert.That(job.Int("failed"), Is.Zero);
            Assert.That(job.StringOrNull("startedAt"), Is.Not.Null);
            Assert.That(job.StringOrNull("finishedAt"), Is.Not.Null);
        }

        foreach (var recipient in readers.Append(admin))
        {
            var mail = (await MailSink.Shared.NewslettersToAsync(recipient.Account.Email)).Single();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(mail.Subject, Is.EqualTo("Conduit weekly"));
                Assert.That(mail.Html, Does.Contain("<h1>This week</h1>").And.Contain("/api/newsletters/unsubscribe?token="));
                Assert.That(mail.Text, Does.Contain("This week").And.Contain("/api/newsletters/unsubscribe?token="));
                Assert.That(mail.Header("List-Unsubscribe"), Does.Match(@"^<http://localhost/api/newsletters/unsubscribe\?token=[A-Za-z0-9_-]+>$"));
            }
        }

        Assert.That(await MailSink.Shared.NewslettersToAsync(optedOut.Account.Email), Is.Empty, "opted out");
        Assert.That(await MailSink.Shared.NewslettersToAsync(inactive.Account.Email), Is.Empty, "deactivated");
    }

    [Test]
    public async Task A_newsletter_is_in_the_audit_trail_with_its_job_and_recipient_count()
    {
        var admin = await Api.CreateAdminAsync(Database);

        var response = (await Api.SendNewsletterToTheEndAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.Accepted);

        var entry = (await Api.AdminAuditAsync(admin.AccessToken, "?action=newsletters.sent")).ShouldHaveStatus(HttpStatusCode.OK)
            .Json.Array("entries").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.String("targetType"), Is.EqualTo("newsletter"));
            Assert.That(entry.String("targetId"), Is.EqualTo(response.Json.Object("job").String("id")));
            Assert.That(entry.String("actorId"), Is.EqualTo(TestAccessTokens.SubjectOf(admin.AccessToken)));
            Assert.That(entry.Object("details").Int("recipients"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task The_unsubscribe_link_of_a_mail_turns_the_newsletter_off_and_can_be_followed_again()
    {
        var admin = await Api.CreateAdminAsync(Database);
        var reader = await NewsletterApi.CreateReaderAsync("reader");
        Assert.That((await Api.GetCurrentUserAsync(reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).User.Bool("newsletter"), Is.True);
        var location = (await Api.SendNewsletterAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.Accepted).Location!;
        await Api.WaitUntilFinishedAsync(admin.AccessToken, location);
        var link = (await MailSink.Shared.NewslettersToAsync(reader.Account.Email)).Single().Header("List-Unsubscribe")!.Trim('<', '>');
        var path = new Uri(link).PathAndQuery;

        var first = await Api.GetAsync(path);
        var again = await Api.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ShouldHaveStatus(HttpStatusCode.OK).Json.Bool("newsletter"), Is.False);
            Assert.That(first.Json.String("username"), Is.EqualTo(reader.Account.Username));
            Assert.That(again.ShouldHaveStatus(HttpStatusCode.OK).Body, Is.EqualTo(first.Body));
            Assert.That((await Api.GetCurrentUserAsync(reader.AccessToken)).User.Bool("newsletter"), Is.False);
        }

        var next = (await Api.SendNewsletterAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.Accepted);
        Assert.That(next.Json.Object("job").Int("total"), Is.EqualTo(1), "only the admin is left");
        await Api.WaitUntilFinishedAsync(admin.AccessToken, next.Location!);
    }

    [TestCase("", TestName = "Unsubscribe without a token is 422")]
    [TestCase("?token=", TestName = "Unsubscribe with an empty token is 422")]
    [TestCase("?token=not-a-token", TestName = "Unsubscribe with a made-up token is 422")]
    public async Task Unsubscribe_with_a_bad_token_is_422(string query)
    {
        var response = await Api.GetAsync("/api/newsletters/unsubscribe" + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { "token" }));
    }

    [Test]
    public async Task Unsubscribe_with_an_edited_token_is_422_and_changes_nothing()
    {
        var admin = await Api.CreateAdminAsync(Database);
        var reader = await NewsletterApi.CreateReaderAsync("reader");
        var location = (await Api.SendNewsletterAsync(admin.AccessToken)).Location!;
        await Api.WaitUntilFinishedAsync(admin.AccessToken, location);
        var link = (await MailSink.Shared.NewslettersToAsync(reader.Account.Email)).Single().Header("List-Unsubscribe")!.Trim('<', '>');
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var edited = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        var response = await Api.GetAsync("/api/newsletters/unsubscribe?token=" + edited);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "is invalid"));
        Assert.That((await Api.GetCurrentUserAsync(reader.AccessToken)).User.Bool("newsletter"), Is.True);
    }

    [Test]
    public async Task PUT_user_turns_the_newsletter_off_and_on_and_refuses_null()
    {
        var reader = await NewsletterApi.CreateReaderAsync("reader");

        var off = await Api.UpdateCurrentUserAsync(reader.AccessToken, new { newsletter = false });
        var untouched = await Api.UpdateCurrentUserAsync(reader.AccessToken, new { bio = "still off" });
        var refused = await Api.UpdateCurrentUserAsync(reader.AccessToken, new { newsletter = (bool?)null });
        var on = await Api.UpdateCurrentUserAsync(reader.AccessToken, new { newsletter = true });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(off.ShouldHaveStatus(HttpStatusCode.OK).User.Bool("newsletter"), Is.False);
            Assert.That(untouched.ShouldHaveStatus(HttpStatusCode.OK).User.Bool("newsletter"), Is.False);
            refused.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("newsletter", "can't be blank"));
            Assert.That(on.ShouldHaveStatus(HttpStatusCode.OK).User.Bool("newsletter"), Is.True);
        }
    }

    [Test]
    public async Task A_newsletter_without_its_fields_is_422_naming_each()
    {
        var admin = await Api.CreateAdminAsync(Database);

        var response = await Api.SendNewsletterAsync(admin.AccessToken, new { subject = "", htmlBody = (string?)null });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, new Dictionary<string, string[]>
        {
            ["subject"] = ["can't be blank"],
            ["htmlBody"] = ["can't be blank"],
            ["textBody"] = ["can't be blank"],
        });
    }

    [Test]
    public async Task Jobs_are_listed_newest_first_with_a_cursor()
    {
        var admin = await Api.CreateAdminAsync(Database);
        var ids = new List<string>();
        foreach (var subject in new[] { "one", "two", "three" })
        {
            ids.Add((await Api.SendNewsletterAsync(admin.AccessToken, NewsletterApi.Body(subject))).Json.Object("job").String("id"));
        }

        var first = (await Api.SendAsync(HttpMethod.Get, "/api/admin/jobs?limit=2", admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var second = (await Api.SendAsync(HttpMethod.Get, $"/api/admin/jobs?limit=2&cursor={first.NextCursor}", admin.AccessToken))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var edited = await Api.SendAsync(HttpMethod.Get, $"/api/admin/jobs?cursor={first.NextCursor}x", admin.AccessToken);
        foreach (var id in ids)
        {
            await Api.WaitUntilFinishedAsync(admin.AccessToken, $"/api/admin/jobs/{id}");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Json.Array("jobs").Select(job => job.String("id")), Is.EqualTo(new[] { ids[2], ids[1] }));
            Assert.That(second.Json.Array("jobs").Select(job => job.String("id")), Is.EqualTo(new[] { ids[0] }));
            Assert.That(second.NextCursor, Is.Null);
            edited.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
        }
    }

    [Test]
    public async Task An_unknown_job_is_404()
    {
        var admin = await Api.CreateAdminAsync(Database);

        var response = await Api.GetJobAsync(admin.AccessToken, $"/api/admin/jobs/{Guid.NewGuid()}");

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("job", "not found"));
    }

    [Test]
    public async Task A_newsletter_refused_to_a_moderator_queues_nothing()
    {
        var moderator = await AdminSessions.ModeratorAsync();

        (await Api.SendNewsletterAsync(moderator.AccessToken)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));

        Assert.That(await CountNewslettersAsync(), Is.Zero);
    }

    private static async Task DeactivateAsync(UserSession user)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("UPDATE identity.users SET is_active = false WHERE username = @username", connection);
        command.Parameters.AddWithValue("username", user.Account.Username);
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
    }

    private static async Task<long> CountNewslettersAsync()
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM notifications.newsletters", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
