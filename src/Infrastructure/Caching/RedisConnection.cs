using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.Caching;

/// <summary>
/// The process-wide multiplexer (StackExchange.Redis multiplexes every caller over one connection).
/// It connects lazily and keeps reconnecting in the background, so the API starts and serves
/// while Redis is down.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;

    public RedisConnection(string connectionString, IOptions<RedisOptions> options)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = options.Value.ConnectTimeoutMilliseconds;
        configuration.SyncTimeout = options.Value.OperationTimeoutMilliseconds;
        configuration.ResponseTimeout = options.Value.OperationTimeoutMilliseconds;
        _multiplexer = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(configuration));
    }

    public async Task<IDatabase> GetDatabaseAsync() => (await _multiplexer.Value).GetDatabase();

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            // Dispose alone waits out a whole operation timeout in this client version; closing first does not.
            var multiplexer = await _multiplexer.Value;
            await multiplexer.CloseAsync(allowCommandsToComplete: true);
            multiplexer.Dispose();
        }
    }
}
