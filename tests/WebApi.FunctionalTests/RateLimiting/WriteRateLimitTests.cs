using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.RateLimiting;

/// <summary>Writes without a policy of their own (the <c>writes</c> policy): per signed-in user, per address when anonymous.</summary>
public sealed class WriteRateLimitTests : ApiTestBase
{
    private const int Limit = 3;

    private RateLimitTestHost _host = null!;

    [SetUp]
    public void StartHost() => _host = RateLimitTestHost.Start(RateLimitTestHost.Settings(Database.ConnectionString, authenticationLimit: 1000, Limit));

    [TearDown]
    public async Task StopHostAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Each_user_has_a_write_budget_of_his_own_even_from_one_address()
    {
        var client = _host.ClientFrom("203.0.113.10");

        // Two registrations from this address first: they count against the authentication policy only.
        var alice = await client.RegisterNewAsync("alice");
        var bob = await client.RegisterNewAsync("bob");
        for (var article = 1; article <= Limit; article++)
        {
            (await client.CreateArticleAsync(alice.AccessToken, Article($"Alice {article}"))).ShouldHaveStatus(HttpStatusCode.Created);
        }

        var refused = await client.CreateArticleAsync(alice.AccessToken, Article("Alice, once more"));

        using (Assert.EnterMultipleScope())
        {
            refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, ProblemAssertions.Error("request", "rate limit exceeded"));
            Assert.That(refused.RetryAfter, Is.Not.Null);
            Assert.That((await client.CreateArticleAsync(bob.AccessToken, Article("Bob"))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await client.GetCurrentUserAsync(alice.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "reads are not limited");
        }
    }

    [Test]
    public async Task Anonymous_writes_are_limited_per_client_address()
    {
        var client = _host.ClientFrom("203.0.113.20");
        for (var attempt = 1; attempt <= Limit; attempt++)
        {
            Assert.That((await client.LogoutAsync("not-a-refresh-token")).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await client.LogoutAsync("not-a-refresh-token")).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That((await client.CreateArticleAsync(null, Article("Anonymous"))).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "one budget for every anonymous write");
            Assert.That(
                (await _host.ClientFrom("203.0.113.21").LogoutAsync("not-a-refresh-token")).StatusCode,
                Is.Not.EqualTo(HttpStatusCode.TooManyRequests),
                "another address has a budget of its own");
        }
    }

    [Test]
    public async Task An_IPv6_client_is_counted_as_its_64_bit_network()
    {
        for (var attempt = 1; attempt <= Limit; attempt++)
        {
            await _host.ClientFrom($"2001:db8:1:2::{attempt:x}").LogoutAsync("not-a-refresh-token");
        }

        var refused = await _host.ClientFrom("2001:db8:1:2:ffff::1").LogoutAsync("not-a-refresh-token");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    private static object Article(string title) => new { title, description = "d", body = "b", tagList = Array.Empty<string>() };
}
