namespace CleanBackend.Infrastructure.Caching;

internal enum RedisCallOutcome
{
    Succeeded,

    /// <summary>Redis failed, timed out or was known to be disconnected; counted by the circuit breaker.</summary>
    Failed,

    /// <summary>The open circuit refused the call: Redis was not asked.</summary>
    Refused,
}
