using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.Caching;

/// <summary>
/// The rules every call to Redis follows, whatever it is for (cache, rate-limit counters): refused at once
/// while the circuit is open, failed at once while the connection is known to be down, and cut off after
/// <see cref="RedisOptions.OperationTimeoutMilliseconds"/>. Redis is never the source of truth here, so a
/// caller gets an outcome to fall back on, never an exception.
/// </summary>
internal sealed class RedisCallGuard(RedisConnection connection, CircuitBreaker breaker, IOptions<RedisOptions> options)
{
    /// <summary>False while the circuit is open or the connection is down: Redis would not answer now.</summary>
    public bool IsAvailable => !breaker.IsOpen && connection.IsConnected;

    public async Task<RedisCallResult<TResult>> RunAsync<TResult>(Func<IConnectionMultiplexer, Task<TResult>> operation)
    {
        if (!breaker.TryEnter())
        {
            return new RedisCallResult<TResult>(RedisCallOutcome.Refused, default, null);
        }

        var timeout = TimeSpan.FromMilliseconds(options.Value.OperationTimeoutMilliseconds);

        // A connection known to be down fails at once instead of waiting for a timeout; one still making its
        // first connect is waited for (within the same bound), else the first calls after start-up would fail
        // and could open the circuit against a server that is up.
        if (!await connection.IsConnectedOnceReachedAsync(timeout))
        {
            breaker.RecordFailure();
            return new RedisCallResult<TResult>(RedisCallOutcome.Failed, default, null);
        }

        try
        {
            // The client's own AsyncTimeout is only checked on its once-a-second heartbeat (a hung server's call
            // fails after about a second, not after the configured 250 ms): the cut-off is enforced here.
            var result = await operation(connection.Multiplexer).WaitAsync(timeout);
            breaker.RecordSuccess();
            return new RedisCallResult<TResult>(RedisCallOutcome.Succeeded, result, null);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            breaker.RecordFailure();
            return new RedisCallResult<TResult>(RedisCallOutcome.Failed, default, exception);
        }
    }
}
