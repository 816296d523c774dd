using System.Threading.RateLimiting;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.PasswordReset;
using CleanBackend.Infrastructure.RateLimiting;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>
/// A fixed window per address over the rate limiter's shared counters (Redis, with the same per-replica fallback
/// while it is down). A singleton: the partitioned limiter keeps each address's limiter, and with it the fallback
/// count, while it is in use and drops it when idle. The key holds the address's SHA-256, not the address.
/// </summary>
internal sealed class PasswordResetThrottle : IPasswordResetThrottle, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public PasswordResetThrottle(SharedRateLimiters limiters, IOptions<PasswordResetOptions> options)
    {
        var limit = new FixedWindowLimit { PermitLimit = options.Value.RequestsPerAddress, Window = options.Value.RequestWindow };
        _window = limit.Window;
        _limiter = PartitionedRateLimiter.Create<string, string>(partition =>
            RateLimitPartition.Get(partition, key => limiters.Create(key, limit)));
    }

    public async Task<TimeSpan?> TryAcquireAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync($"password-reset:email:{OpaqueTokens.Hash(normalizedEmail)}", 1, cancellationToken);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window;
    }

    public void Dispose() => _limiter.Dispose();
}
