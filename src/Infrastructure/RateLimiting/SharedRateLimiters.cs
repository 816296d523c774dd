using System.Threading.RateLimiting;
using CleanBackend.Infrastructure.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.RateLimiting;

/// <summary>
/// Makes the rate limiters whose counters every replica shares in Redis. Their keys carry
/// <see cref="RedisOptions.KeyPrefix"/>, so deployments (and test runs) sharing a server never share a budget.
/// Calls go through the cache's circuit breaker: Redis being down is one fact, whoever notices it first.
/// </summary>
public sealed class SharedRateLimiters(
    RedisConnection connection,
    CircuitBreaker breaker,
    IOptions<RedisOptions> options,
    ILogger<SharedRateLimiters> logger)
{
    private readonly RedisCallGuard _guard = new(connection, breaker, options);

    /// <summary>A limiter of <paramref name="limit"/> for one partition, e.g. <c>authentication:ip:203.0.113.7</c>.</summary>
    public RateLimiter Create(string partition, FixedWindowLimit limit) =>
        new SharedFixedWindowRateLimiter($"{options.Value.KeyPrefix}ratelimit:{partition}", limit, _guard, logger);
}
