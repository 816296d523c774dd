using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.RateLimiting;

/// <summary>Login, registration and refresh share one budget per client address (the <c>authentication</c> policy).</summary>
public sealed class AuthenticationRateLimitTests : ApiTestBase
{
    private const int Limit = 3;

    private RateLimitTestHost _host = null!;

    [SetUp]
    public void StartHost() => _host = RateLimitTestHost.Start(RateLimitTestHost.Settings(Database.ConnectionString, Limit, writeLimit: 1000));

    [TearDown]
    public async Task StopHostAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Logins_beyond_the_permit_limit_answer_429_problem_with_Retry_After()
    {
        var client = _host.ClientFrom("198.51.100.10");

        for (var attempt = 1; attempt <= Limit; attempt++)
        {
            (await client.LoginAsync("nobody@example.com", "wrong-password")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        }

        var refused = await client.LoginAsync("nobody@example.com", "wrong-password");

        refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, ProblemAssertions.Error("request", "rate limit exceeded"));
        Assert.That(int.TryParse(refused.RetryAfter, out var seconds), Is.True, $"Retry-After in whole seconds, got '{refused.RetryAfter}'");
        Assert.That(seconds, Is.InRange(1, 3601), "at most the rest of the hour-long window");
    }

    [Test]
    public async Task Register_login_and_refresh_draw_on_one_budget_per_client_address()
    {
        var client = _host.ClientFrom("198.51.100.20");
        var account = TestAccount.Named("quota");

        (await client.RegisterAsync(account)).ShouldHaveStatus(HttpStatusCode.Created);
        var session = await client.LoginSessionAsync(account);
        (await client.RefreshAsync(session.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await client.LoginAsync(account.Email, account.Password)).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(
                (await _host.ClientFrom("198.51.100.21").LoginAsync(account.Email, account.Password)).StatusCode,
                Is.EqualTo(HttpStatusCode.OK),
                "another address has a budget of its own");
            Assert.That((await client.GetAsync("/api/tags")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "reads are not limited");
        }
    }

    [Test]
    public async Task Refusals_are_counted_by_policy_on_the_metrics_endpoint()
    {
        var client = _host.ClientFrom("198.51.100.30");
        for (var attempt = 0; attempt <= Limit; attempt++)
        {
            await client.LoginAsync("nobody@example.com", "wrong-password");
        }

        var scrape = await client.GetAsync("/metrics");

        Assert.That(scrape.Body, Does.Contain("http_requests_rate_limited_total{policy=\"authentication\"} 1"));
    }
}
