using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CleanBackend.TestSupport;

/// <summary>
/// The process of a server that one test owns (see <see cref="PrivateRedisServer"/> and
/// <see cref="Mail.PrivateSmtpSink"/>): a loopback port and a temporary directory are reserved up front, so the
/// server can be started, stopped and started again on the same port and data, and disposing kills it and
/// deletes the directory.
/// </summary>
public sealed class PrivateServerProcess : IAsyncDisposable
{
    /// <summary>How long a start may take to answer, and a saving shutdown to exit.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly string _name;
    private Process? _process;

    private PrivateServerProcess(string name, int port, string directory)
    {
        _name = name;
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    public string Directory { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Reserves a port (free a moment ago) and an empty temporary directory; nothing runs yet.</summary>
    /// <param name="name">The server's name in error messages and in the directory's name.</param>
    public static PrivateServerProcess Reserve(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"cleanbackend-{name}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        return new PrivateServerProcess(name, FreePort(), directory);
    }

    /// <summary>Starts <paramref name="start"/> and waits until <paramref name="answersAsync"/> says it serves.</summary>
    public async Task StartAsync(ProcessStartInfo start, Func<Task<bool>> answersAsync)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"The {_name} server is already running.");
        }

        // Output is drained so that a chatty server never blocks on a full pipe.
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"The {_name} server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await answersAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The {_name} server on port {Port} did not answer (exited: {_process.HasExited}).");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server at once (SIGKILL), if it runs.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits until the server exits by itself, e.g. after a shutdown command.</summary>
    public async Task WaitForExitAsync(CancellationToken cancellationToken)
    {
        if (_process is not null)
        {
            await _process.WaitForExitAsync(cancellationToken);
        }
    }

    /// <summary>Sends a signal (e.g. "STOP", "CONT") with kill(1), if the server runs.</summary>
    public void Signal(string signal)
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

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        _process = null;
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
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
}
