using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CleanBackend.TestSupport;

/// <summary>
/// A redis-server of one test's own, on a free loopback port, that the test may stop, pause and
/// start again: the shared server (<see cref="TestServers.Redis"/>) is used by other assemblies
/// running at the same time and must never be stopped. Its data lives in a temporary directory, so
/// <see cref="ShutdownSavingAsync"/> followed by <see cref="StartAsync"/> brings the keys back, as
/// after a network partition or a restart of a persistent server.
/// </summary>
public sealed class PrivateRedisServer : IAsyncDisposable
{
    private readonly PrivateServerProcess _server;

    private PrivateRedisServer(PrivateServerProcess server) => _server = server;

    public int Port => _server.Port;

    /// <summary>The StackExchange.Redis connection string.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    public bool IsRunning => _server.IsRunning;

    /// <summary>Starts a server on a port that was free a moment ago and waits until it answers PING.</summary>
    public static async Task<PrivateRedisServer> StartNewAsync()
    {
        var server = new PrivateRedisServer(PrivateServerProcess.Reserve("redis"));
        await server.StartAsync();
        return server;
    }

    /// <summary>(Re)starts the server on the same port and directory; it loads the data a saving shutdown left.</summary>
    public Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server") { WorkingDirectory = _server.Directory };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", string.Empty, "--appendonly", "no", "--daemonize", "no",
                     "--dir", _server.Directory, "--dbfilename", "dump.rdb",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        return _server.StartAsync(start, AnswersPingAsync);
    }

    /// <summary>Kills the server at once (SIGKILL): the clients' connections drop, nothing is saved.</summary>
    public Task KillAsync() => _server.KillAsync();

    /// <summary>Saves the data to disk and stops (SHUTDOWN SAVE); <see cref="StartAsync"/> brings the keys back.</summary>
    public async Task ShutdownSavingAsync()
    {
        if (!IsRunning)
        {
            return;
        }

        try
        {
            await SendAsync("SHUTDOWN SAVE\r\n");
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            // The server closes the connection as it exits.
        }

        using var timeout = new CancellationTokenSource(PrivateServerProcess.StartTimeout);
        await _server.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open but nothing is answered, like a hung or overloaded server.</summary>
    public void Pause() => _server.Signal("STOP");

    public void Resume() => _server.Signal("CONT");

    public async ValueTask DisposeAsync()
    {
        // A paused server is resumed first, so that disposing it ends it just like a running one.
        _server.Signal("CONT");
        await _server.DisposeAsync();
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            return (await SendAsync("PING\r\n")).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<string> SendAsync(string command)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command), timeout.Token);
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }
}
