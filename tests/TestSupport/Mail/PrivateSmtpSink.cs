using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CleanBackend.TestSupport.Mail;

/// <summary>
/// An SMTP sink of one test's own (scripts/smtp_sink.py on a free loopback port, storing in a temporary
/// directory), which the test may start late or stop: the shared sink serves other assemblies at the same time
/// and must never be stopped. <see cref="Port"/> is chosen before the first start, so a host can be configured
/// for a server that is not there yet ("SMTP down") and the sink started later on that port.
/// </summary>
public sealed class PrivateSmtpSink : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private Process? _process;

    private PrivateSmtpSink(int port, string directory)
    {
        Port = port;
        Sink = new MailSink(directory);
    }

    public int Port { get; }

    public MailSink Sink { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Reserves a port (free a moment ago) and a directory; nothing listens until <see cref="StartAsync"/>.</summary>
    public static PrivateSmtpSink Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cleanbackend-mail-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return new PrivateSmtpSink(FreePort(), directory);
    }

    public static async Task<PrivateSmtpSink> StartNewAsync()
    {
        var sink = Create();
        await sink.StartAsync();
        return sink;
    }

    /// <summary>Starts the sink and waits for its 220 greeting.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The sink is already running.");
        }

        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(RepositoryRoot.Path, "scripts", "smtp_sink.py"),
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--dir", Sink.Directory,
                     "--reject", "^rejected[.+-]",
                     "--defer", "^deferred[.+-]",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("smtp_sink.py did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await GreetsAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"smtp_sink.py on port {Port} did not greet (exited: {_process.HasExited}).");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _process = null;
        try
        {
            System.IO.Directory.Delete(Sink.Directory, recursive: true);
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

    private async Task<bool> GreetsAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var buffer = new byte[3];
            var read = await client.GetStream().ReadAtLeastAsync(buffer, 3, throwOnEndOfStream: false, timeout.Token);
            return read == 3 && buffer is [(byte)'2', (byte)'2', (byte)'0'];
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
