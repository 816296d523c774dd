using CleanBackend.Infrastructure.Caching;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Health;

internal sealed class RedisHealthCheck(RedisConnection connection, IOptions<RedisOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await connection.GetDatabaseAsync();
            // Bounded here too: the client checks its async timeout only once a second, and the probe may be cancelled.
            var latency = await database.PingAsync().WaitAsync(TimeSpan.FromMilliseconds(options.Value.ConnectTimeoutMilliseconds), cancellationToken);
            return HealthCheckResult.Healthy($"PING answered in {latency.TotalMilliseconds:F1} ms");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Redis did not answer PING", exception);
        }
    }
}
