namespace CleanBackend.Application.Common.Exceptions;

/// <summary>A retry that arrived while the first request with its idempotency key is still running; maps to 409.</summary>
public sealed class IdempotentRequestInProgressException()
    : RequestFailedException("A request with this Idempotency-Key is still being processed.")
{
    /// <summary>When a retry will most likely find the first request finished.</summary>
    public static TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(1);
}
