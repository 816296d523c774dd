using System.Net;
using System.Text.Json;
using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Notifications;

/// <summary>The admin newsletter and job calls, and the mails a newsletter leaves in the sink.</summary>
internal static class NewsletterApi
{
    public static object Body(string subject = "Conduit weekly") =>
        new { subject, htmlBody = "<html><body><h1>This week</h1></body></html>", textBody = "This week" };

    public static Task<ApiResponse> SendNewsletterAsync(this ConduitApiClient api, string? token, object? body = null) =>
        api.SendAsync(HttpMethod.Post, "/api/admin/newsletters", token, body ?? Body());

    /// <summary>
    /// Sends a newsletter and, when it is accepted, waits for its job, so that no run outlives the test
    /// (the next test's database reset would pull its rows away).
    /// </summary>
    public static async Task<ApiResponse> SendNewsletterToTheEndAsync(this ConduitApiClient api, string? token)
    {
        var response = await api.SendNewsletterAsync(token);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            await api.WaitUntilFinishedAsync(token!, response.Location!);
        }

        return response;
    }

    public static Task<ApiResponse> GetJobAsync(this ConduitApiClient api, string? token, string location) =>
        api.SendAsync(HttpMethod.Get, location, token);

    /// <summary>Polls the job until it is finished and returns it; the deadline only bounds a failing run.</summary>
    public static async Task<JsonElement> WaitUntilFinishedAsync(this ConduitApiClient api, string token, string location)
    {
        JsonElement job = default;
        var finished = await Polling.UntilAsync(
            async () =>
            {
                job = (await api.GetJobAsync(token, location)).ShouldHaveStatus(HttpStatusCode.OK).Json.Object("job");
                return job.String("state") is "succeeded" or "failed";
            },
            TimeSpan.FromSeconds(60));
        Assert.That(finished, Is.True, $"the job did not finish: {job}");
        return job;
    }

    /// <summary>The newsletter mails (not the welcome mails) that reached <paramref name="email"/>.</summary>
    public static async Task<IReadOnlyList<ReceivedMail>> NewslettersToAsync(this MailSink sink, string email) =>
        (await sink.MessagesToAsync(email)).Where(mail => mail.MessageId?.StartsWith("<newsletter.", StringComparison.Ordinal) == true).ToList();

    /// <summary>A user whose e-mail nobody else uses, so the shared sink's folder holds only this test's mails.</summary>
    public static async Task<UserSession> CreateReaderAsync(string prefix)
    {
        var username = $"{prefix}{Guid.NewGuid():N}"[..24];
        return await TestUsers.CreateAsync(username);
    }

    /// <summary>An Admin signed in with the password, then given the second factor the admin API requires.</summary>
    public static async Task<UserSession> CreateAdminAsync(this ConduitApiClient api, TestDatabase database)
    {
        var admin = await CreateReaderAsync("admin");
        await database.GrantRoleAsync(admin, ConduitDatabase.AdminRoleId);
        var session = await api.LoginSessionAsync(admin.Account);
        await TestMfa.EnableAsync(AdminSessions.IdOf(session));
        return session;
    }
}
