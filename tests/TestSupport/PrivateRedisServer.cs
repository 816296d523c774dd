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
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly string _directory;
    private Process? _process;

    private PrivateRedisServer(int port, string directory)
    {
        Port = port;
        _directory = directory;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a server on a port that was free a moment ago and waits until it answers PING.</summary>
    public static async Task<PrivateRedisServer> StartNewAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cleanbackend-redis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var server = new PrivateRedisServer(FreePort(), directory);
        await server.StartAsync();
        return server;
    }

    /// <summary>(Re)starts the server on the same port and directory; it loads the data a saving shutdown left.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The server is already running.");
        }

        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", string.Empty, "--appendonly", "no", "--daemonize", "no",
                     "--dir", _directory, "--dbfilename", "dump.rdb",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING (exited: {_process.HasExited}).");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server at once (SIGKILL): the clients' connections drop, nothing is saved.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Saves the data to disk and stops (SHUTDOWN SAVE); <see cref="StartAsync"/> brings the keys back.</summary>
    public async Task ShutdownSavingAsync()
    {
        if (_process is null || _process.HasExited)
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

        using var timeout = new CancellationTokenSource(StartTimeout);
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open but nothing is answered, like a hung or overloaded server.</summary>
    public void Pause() => Signal("STOP");

    public void Resume() => Signal("CONT");

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                Signal("CONT");
                _process.Kill();
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            _process = null;
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory is harmless.
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private void Signal(string signal)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {_process.Id}") { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed with exit code {kill.ExitCode}.");
        }
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
