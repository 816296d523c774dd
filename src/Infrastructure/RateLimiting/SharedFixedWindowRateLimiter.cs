using System.Diagnostics;
using System.Threading.RateLimiting;
using CleanBackend.Infrastructure.Caching;
using Microsoft.Extensions.Logging;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.RateLimiting;

/// <summary>
/// One partition's fixed window, counted in Redis by RedisRateLimiting's script so that every replica draws
/// on the same budget. While Redis cannot be used (circuit open, disconnected, failing or slow) an in-memory
/// window of the same size takes over on this replica: an outage neither fails the request nor lifts the limit.
/// </summary>
internal sealed class SharedFixedWindowRateLimiter : RateLimiter
{
    // The middleware tries a synchronous acquire first and waits for the asynchronous one when it fails;
    // the Redis counter can only be asked asynchronously.
    private static readonly RateLimitLease AskAsynchronously = new NotAcquiredLease();

    private readonly string _key;
    private readonly FixedWindowLimit _limit;
    private readonly RedisCallGuard _redis;
    private readonly ILogger _logger;
    private readonly FixedWindowRateLimiter _local;
    private RedisFixedWindowRateLimiter<string>? _shared;
    private long _lastUsed = Stopwatch.GetTimestamp();

    public SharedFixedWindowRateLimiter(string key, FixedWindowLimit limit, RedisCallGuard redis, ILogger logger)
    {
        _key = key;
        _limit = limit;
        _redis = redis;
        _logger = logger;
        _local = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>
    /// Idle (and so dropped by the partitioned limiter) only when unused and with a full local window: the local
    /// window alone stays full while Redis does the counting, which says nothing about use.
    /// </summary>
    public override TimeSpan? IdleDuration =>
        _local.IdleDuration is { } localIdle ? Min(localIdle, Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUsed))) : null;

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => AskAsynchronously;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastUsed, Stopwatch.GetTimestamp());
        var call = await _redis.RunAsync(multiplexer => SharedLimiter(multiplexer).AcquireAsync(permitCount, cancellationToken).AsTask());
        if (call.Outcome == RedisCallOutcome.Succeeded)
        {
            return call.Value!.IsAcquired ? call.Value : new RejectedLease(call.Value);
        }

        if (call.Error is not null)
        {
            _logger.LogWarning(call.Error, "Redis rate-limit counter {RateLimitKey} could not be used; limiting on this instance only", _key);
        }

        return await _local.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _local.Dispose();
            _shared?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private RedisFixedWindowRateLimiter<string> SharedLimiter(IConnectionMultiplexer multiplexer) =>
        _shared ??= new RedisFixedWindowRateLimiter<string>(_key, new RedisFixedWindowRateLimiterOptions
        {
            PermitLimit = _limit.PermitLimit,
            Window = _limit.Window,
            ConnectionMultiplexerFactory = () => multiplexer,
        });

    private sealed class NotAcquiredLease : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    /// <summary>A refusal of the Redis counter, telling its wait as the standard <see cref="MetadataName.RetryAfter"/>.</summary>
    private sealed class RejectedLease(RateLimitLease shared) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            // The script answers in whole seconds until the window's last second, and opens the next window only
            // once the clock has passed that second: one more second is the honest wait.
            if (metadataName == MetadataName.RetryAfter.Name && shared.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds))
            {
                metadata = TimeSpan.FromSeconds(seconds + 1);
                return true;
            }

            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                shared.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
