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
        configuration.ResponseTimeout = options.Value.OperationTimeoutMilliseconds;
        _multiplexer = ConnectAsync(configuration);
    }

    /// <summary>Raised when the connection to Redis is lost and when it is back (either way, missed messages are possible).</summary>
    public event Action? ConnectionChanged;

    /// <summary>Whether commands can be sent now; false while connecting or disconnected (no waiting).</summary>
    public bool IsConnected => _multiplexer.IsCompletedSuccessfully && _multiplexer.Result.IsConnected;

    public async Task<IDatabase> GetDatabaseAsync() => (await _multiplexer).GetDatabase();

    public async Task<ISubscriber> GetSubscriberAsync() => (await _multiplexer).GetSubscriber();

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        multiplexer.ConnectionFailed += (_, _) => ConnectionChanged?.Invoke();
        multiplexer.ConnectionRestored += (_, _) => ConnectionChanged?.Invoke();

        // 1.2.x otherwise runs every async completion in order on one worker: one slow continuation
        // (a cache miss going on to the database) would hold up every other Redis reply.
        multiplexer.PreserveAsyncOrder = false;
        return multiplexer;
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsCompletedSuccessfully)
        {
            // Dispose alone waits out a whole operation timeout in this client version; closing first does not.
            var multiplexer = await _multiplexer;
            await multiplexer.CloseAsync(allowCommandsToComplete: true);
            multiplexer.Dispose();
        }
    }
}
