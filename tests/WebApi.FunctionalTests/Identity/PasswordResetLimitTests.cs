using System.Net;
using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.RateLimiting;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

/// <summary>
/// The two budgets of reset requests: per e-mail address (the default 3 per 15 minutes, which the shared host
/// keeps), so nobody floods one mailbox, and per client address (the <c>authentication</c> policy).
/// </summary>
public sealed class PasswordResetLimitTests : ApiTestBase
{
    private const int RequestsPerAddress = 3;

    private static readonly Dictionary<string, string[]> TooManyForTheAddress = Error("email", "has too many reset requests; retry later");

    [Test]
    public async Task A_fourth_request_for_one_address_within_the_window_is_429_on_email()
    {
        var account = new TestAccount("flooded", MailSink.UniqueAddress("flooded"), TestAccount.DefaultPassword);
        await Api.RegisterNewAsync(account);
        for (var request = 1; request <= RequestsPerAddress; request++)
        {
            (await Api.RequestPasswordResetAsync(account.Email)).ShouldHaveStatus(HttpStatusCode.Accepted);
        }

        var refused = await Api.RequestPasswordResetAsync(account.Email);

        refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, TooManyForTheAddress);
        Assert.That(int.TryParse(refused.RetryAfter, out var seconds), Is.True, $"Retry-After in whole seconds, got '{refused.RetryAfter}'");
        Assert.That(seconds, Is.InRange(1, (15 * 60) + 1), "at most the rest of the 15-minute window, rounded up");
        Assert.That(await Database.OutboxKindsForAsync(account.Email), Has.Exactly(RequestsPerAddress).EqualTo(AccountMails.PasswordReset), "the refused request queued no mail");
    }

    [Test]
    public async Task The_budget_counts_the_address_whatever_its_case()
    {
        var email = MailSink.UniqueAddress("cased");
        await Api.RegisterNewAsync(new TestAccount("cased", email, TestAccount.DefaultPassword));
        (await Api.RequestPasswordResetAsync(email)).ShouldHaveStatus(HttpStatusCode.Accepted);
        (await Api.RequestPasswordResetAsync(email.ToUpperInvariant())).ShouldHaveStatus(HttpStatusCode.Accepted);
        (await Api.RequestPasswordResetAsync($" {email} ")).ShouldHaveStatus(HttpStatusCode.Accepted);

        var refused = await Api.RequestPasswordResetAsync(email.ToUpperInvariant());

        refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, TooManyForTheAddress);
    }

    [Test]
    public async Task An_unknown_address_is_limited_exactly_like_a_registered_one()
    {
        var registered = MailSink.UniqueAddress("registered");
        await Api.RegisterNewAsync(new TestAccount("registered", registered, TestAccount.DefaultPassword));

        var known = await StatusesOfFourRequestsAsync(registered);
        var unknown = await StatusesOfFourRequestsAsync(MailSink.UniqueAddress("unregistered"));

        Assert.That(unknown, Is.EqualTo(known));
        Assert.That(known, Is.EqualTo(new[] { "202", "202", "202", "429 email" }));
    }

    [Test]
    public async Task Another_address_keeps_its_own_budget()
    {
        var exhausted = MailSink.UniqueAddress("exhausted");
        for (var request = 0; request <= RequestsPerAddress; request++)
        {
            await Api.RequestPasswordResetAsync(exhausted);
        }

        (await Api.RequestPasswordResetAsync(MailSink.UniqueAddress("fresh"))).ShouldHaveStatus(HttpStatusCode.Accepted);
    }

    [Test]
    public async Task Reset_requests_draw_on_the_authentication_budget_of_the_client_address()
    {
        const int limit = 3;
        await using var host = RateLimitTestHost.Start(RateLimitTestHost.Settings(Database.ConnectionString, limit, writeLimit: 1000));
        var client = host.ClientFrom("198.51.100.40");

        // A new e-mail address each time, so only the client's budget can run out.
        for (var request = 1; request <= limit; request++)
        {
            (await client.RequestPasswordResetAsync(MailSink.UniqueAddress("ip-budget"))).ShouldHaveStatus(HttpStatusCode.Accepted);
        }

        (await client.RequestPasswordResetAsync(MailSink.UniqueAddress("ip-budget")))
            .ShouldBeProblem(HttpStatusCode.TooManyRequests, Error("request", "rate limit exceeded"));
        (await client.ConfirmPasswordResetAsync("any-token", "any-new-password"))
            .ShouldBeProblem(HttpStatusCode.TooManyRequests, Error("request", "rate limit exceeded"));
        (await host.ClientFrom("198.51.100.41").RequestPasswordResetAsync(MailSink.UniqueAddress("ip-budget")))
            .ShouldHaveStatus(HttpStatusCode.Accepted);
    }

    private async Task<List<string>> StatusesOfFourRequestsAsync(string email)
    {
        var answers = new List<string>();
        for (var request = 0; request <= RequestsPerAddress; request++)
        {
            var response = await Api.RequestPasswordResetAsync(email);
            answers.Add(response.StatusCode == HttpStatusCode.Accepted
                ? "202"
                : $"{(int)response.StatusCode} {string.Join(",", response.Errors.Keys)}");
        }

        return answers;
    }
}
