using System.Net;
using CleanBackend.TestSupport;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.RateLimiting;

/// <summary>
/// Two replicas behind one load balancer share one budget (counters in Redis); when Redis is down each replica
/// keeps limiting on its own, and no request fails because of it.
/// </summary>
[NonParallelizable]
public sealed class SharedBudgetTests : ApiTestBase
{
    private const int Limit = 4;
    private const string Address = "192.0.2.50";

    private readonly List<RateLimitTestHost> _hosts = [];

    [TearDown]
    public async Task StopHostsAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts.Clear();
    }

    [Test]
    public async Task Two_instances_on_one_Redis_draw_on_one_budget()
    {
        var settings = RateLimitTestHost.Settings(Database.ConnectionString, Limit, writeLimit: 1000);
        var a = Start(settings).ClientFrom(Address);
        var b = Start(settings).ClientFrom(Address);

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { a, b, a, b, a, b })
        {
            statuses.Add((await client.LoginAsync("nobody@example.com", "wrong-password")).StatusCode);
        }

        // Either instance alone would have let all three of its attempts through.
        Assert.That(statuses, Is.EqualTo(new[]
        {
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests,
        }));
    }

    [Test]
    public async Task With_Redis_down_an_instance_still_limits_on_its_own_and_never_fails()
    {
        await using var redis = await PrivateRedisServer.StartNewAsync();
        var host = Start(RateLimitTestHost.Settings(Database.ConnectionString, Limit, writeLimit: 1000, redis.Endpoint));
        var client = host.ClientFrom(Address);
        (await client.LoginAsync("nobody@example.com", "wrong-password")).ShouldHaveStatus(HttpStatusCode.Unauthorized);

        await redis.KillAsync();
        Assert.That(await Polling.UntilAsync(() => Task.FromResult(!host.RedisConnected), TimeSpan.FromSeconds(10)), Is.True, "arrangement: the instance should notice Redis is gone");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= Limit; attempt++)
        {
            statuses.Add((await client.LoginAsync("nobody@example.com", "wrong-password")).StatusCode);
        }

        var refused = await client.LoginAsync("nobody@example.com", "wrong-password");

        using (Assert.EnterMultipleScope())
        {
            // The attempt counted in Redis before the outage is not known here: the local window starts full.
            Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.Unauthorized, Limit).Append(HttpStatusCode.TooManyRequests)));
            refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, ProblemAssertions.Error("request", "rate limit exceeded"));
            Assert.That(int.TryParse(refused.RetryAfter, out var seconds) && seconds >= 1, Is.True, $"Retry-After '{refused.RetryAfter}'");
        }
    }

    private RateLimitTestHost Start(IReadOnlyDictionary<string, string?> settings)
    {
        var host = RateLimitTestHost.Start(settings);
        _hosts.Add(host);
        return host;
    }
}
