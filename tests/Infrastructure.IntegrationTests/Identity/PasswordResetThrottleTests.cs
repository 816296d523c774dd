using CleanBackend.Application.Identity.PasswordReset;
using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.RateLimiting;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

/// <summary>
/// The per-address budget of reset requests over the real Redis. Each test has a key prefix of its own, so its
/// windows start empty; two throttles on one prefix are two replicas of one deployment.
/// </summary>
public sealed class PasswordResetThrottleTests
{
    private static readonly PasswordResetOptions Budget = new() { RequestsPerAddress = 3, RequestWindow = TimeSpan.FromMinutes(10) };

    private readonly List<IAsyncDisposable> _connections = [];
    private readonly List<PasswordResetThrottle> _throttles = [];
    private string _keyPrefix = null!;

    [SetUp]
    public void NewPrefix() => _keyPrefix = RedisTestSettings.UniqueKeyPrefix();

    [TearDown]
    public async Task DisposeAsync()
    {
        foreach (var throttle in _throttles)
        {
            throttle.Dispose();
        }

        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        _throttles.Clear();
        _connections.Clear();
    }

    [Test]
    public async Task TryAcquireAsync_BeyondTheBudgetOfAnAddress_RefusesWithAWaitWithinTheWindow()
    {
        var throttle = Replica(TestServers.Redis);

        var withinBudget = new[]
        {
            await AcquireAsync(throttle, "jake@example.com"),
            await AcquireAsync(throttle, "jake@example.com"),
            await AcquireAsync(throttle, "jake@example.com"),
        };
        var beyond = await AcquireAsync(throttle, "jake@example.com");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withinBudget, Is.All.Null);
            Assert.That(beyond, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(Budget.RequestWindow + TimeSpan.FromSeconds(1)));
        }
    }

    [Test]
    public async Task TryAcquireAsync_OneAddressExhausted_LeavesAnotherAddressItsOwnBudget()
    {
        var throttle = Replica(TestServers.Redis);
        for (var request = 0; request < Budget.RequestsPerAddress; request++)
        {
            await AcquireAsync(throttle, "jake@example.com");
        }

        Assert.That(await AcquireAsync(throttle, "anna@example.com"), Is.Null);
    }

    [Test]
    public async Task TryAcquireAsync_OnTwoReplicas_DrawsOnOneBudgetPerAddress()
    {
        var first = Replica(TestServers.Redis);
        var second = Replica(TestServers.Redis);

        var withinBudget = new[]
        {
            await AcquireAsync(first, "jake@example.com"),
            await AcquireAsync(second, "jake@example.com"),
            await AcquireAsync(first, "jake@example.com"),
        };
        var beyondOnFirst = await AcquireAsync(first, "jake@example.com");
        var beyondOnSecond = await AcquireAsync(second, "jake@example.com");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withinBudget, Is.All.Null);
            Assert.That(beyondOnFirst, Is.Not.Null, "the second replica's request counted on the first");
            Assert.That(beyondOnSecond, Is.Not.Null, "the first replica's requests counted on the second");
        }
    }

    [Test]
    public async Task TryAcquireAsync_StoresTheCounterUnderAHashOfTheAddressNotTheAddress()
    {
        await AcquireAsync(Replica(TestServers.Redis), "jake@example.com");

        await using var inspector = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis);
        var keys = new List<string>();
        // RedisRateLimiting wraps the key it is given in a name of its own, so the prefix is looked for anywhere.
        await foreach (var key in inspector.GetServers()[0].KeysAsync(pattern: $"*{_keyPrefix}*"))
        {
            keys.Add(key.ToString());
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(keys, Is.Not.Empty, "the count is kept in Redis");
            Assert.That(keys, Has.All.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("jake@example.com"u8))));
            Assert.That(keys, Has.None.Contains("jake"), "a look at Redis must not list who asked for resets");
        }
    }

    [Test]
    public async Task TryAcquireAsync_RedisUnreachable_StillKeepsTheBudgetOnThisReplica()
    {
        var throttle = Replica(RedisTestSettings.ClosedEndpoint, RedisTestSettings.ForClosedPort().Value.OperationTimeoutMilliseconds);

        var results = new List<TimeSpan?>();
        for (var request = 0; request <= Budget.RequestsPerAddress; request++)
        {
            results.Add(await AcquireAsync(throttle, "jake@example.com"));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Take(Budget.RequestsPerAddress), Is.All.Null, "an outage does not refuse the request");
            Assert.That(results[^1], Is.Not.Null, "nor does it lift the limit");
        }
    }

    private static Task<TimeSpan?> AcquireAsync(PasswordResetThrottle throttle, string normalizedEmail) =>
        throttle.TryAcquireAsync(normalizedEmail, CancellationToken.None);

    private PasswordResetThrottle Replica(string endpoint, int timeoutMilliseconds = RedisTestSettings.RunningServerTimeoutMilliseconds)
    {
        var redisOptions = Options.Create(new RedisOptions
        {
            KeyPrefix = _keyPrefix,
            ConnectTimeoutMilliseconds = timeoutMilliseconds,
            OperationTimeoutMilliseconds = timeoutMilliseconds,
        });
        var connection = new RedisConnection(endpoint, redisOptions);
        _connections.Add(connection);
        var limiters = new SharedRateLimiters(
            connection, new CircuitBreaker(3, TimeSpan.FromSeconds(30), TimeProvider.System), redisOptions, NullLogger<SharedRateLimiters>.Instance);
        var throttle = new PasswordResetThrottle(limiters, Options.Create(Budget));
        _throttles.Add(throttle);
        return throttle;
    }
}
