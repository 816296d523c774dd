using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.Caching;

/// <summary>
/// The process-wide multiplexer (StackExchange.Redis multiplexes every caller over one connection).
/// It starts connecting when created and keeps reconnecting in the background, so the API starts
/// and serves while Redis is down.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Task<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(string connectionString, IOptions<RedisOptions> options)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = options.Value.ConnectTimeoutMilliseconds;
        configuration.SyncTimeout = options.Value.OperationTimeoutMilliseconds;
        configuration.AsyncTimeout = options.Value.OperationTimeoutMilliseconds;
        _multiplexer = ConnectAsync(configuration);
    }

    /// <summary>Raised when the connection to Redis is lost and when it is back (either way, missed messages are possible).</summary>
    public event Action? ConnectionChanged;

    /// <summary>Whether commands can be sent now; false while connecting or disconnected (no waiting).</summary>
    public bool IsConnected => _multiplexer.IsCompletedSuccessfully && _multiplexer.Result.IsConnected;

    /// <summary>
    /// Like <see cref="IsConnected"/>, but while the first connect is still under way it waits for it, up to
    /// <paramref name="timeout"/>: a call made just after start-up is not a call to a server known to be down.
    /// Once that first attempt has ended it answers at once.
    /// </summary>
    public async ValueTask<bool> IsConnectedOnceReachedAsync(TimeSpan timeout)
    {
        if (!_multiplexer.IsCompleted)
        {
            // A connect that fails or outlasts the wait leaves IsConnected false, which is the answer wanted then.
            await ((Task)_multiplexer).WaitAsync(timeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return IsConnected;
    }

    /// <summary>The connected multiplexer; only once <see cref="IsConnectedOnceReachedAsync"/> answered true.</summary>
    internal IConnectionMultiplexer Multiplexer => _multiplexer.Result;

    public async Task<IDatabase> GetDatabaseAsync() => (await _multiplexer).GetDatabase();

    public async Task<ISubscriber> GetSubscriberAsync() => (await _multiplexer).GetSubscriber();

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        multiplexer.ConnectionFailed += (_, _) => ConnectionChanged?.Invoke();
        multiplexer.ConnectionRestored += (_, _) => ConnectionChanged?.Invoke();
        return multiplexer;
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsCompletedSuccessfully)
        {
            await _multiplexer.Result.DisposeAsync();
        }
    }
}
