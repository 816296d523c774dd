using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.Health;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CleanBackend.Infrastructure.IntegrationTests.Health;

public sealed class RedisHealthCheckTests
{
    // Shared because disposing a connection to a live server is slow (see RedisTestSettings).
    private RedisConnection _runningServer = null!;

    [OneTimeSetUp]
    public void Connect() => _runningServer = new RedisConnection(TestServers.Redis, RedisTestSettings.ForRunningServer());

    [OneTimeTearDown]
    public ValueTask DisconnectAsync() => _runningServer.DisposeAsync();

    [Test]
    public async Task CheckHealthAsync_AgainstTheRunningServer_IsHealthy()
    {
        var result = await new RedisHealthCheck(_runningServer, RedisTestSettings.ForRunningServer()).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy), () => result.Exception?.ToString() ?? result.Description ?? string.Empty);
    }

    [Test]
    public async Task CheckHealthAsync_AgainstAClosedPort_IsUnhealthyWithTheCause()
    {
        await using var connection = new RedisConnection(RedisTestSettings.ClosedEndpoint, RedisTestSettings.ForClosedPort());

        var result = await new RedisHealthCheck(connection, RedisTestSettings.ForClosedPort()).CheckHealthAsync(new HealthCheckContext());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(result.Exception, Is.Not.Null);
        }
    }
}
