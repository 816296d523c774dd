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
    private readonly PrivateServerProcess _server;

    private PrivateSmtpSink(PrivateServerProcess server)
    {
        _server = server;
        Sink = new MailSink(server.Directory);
    }

    public int Port => _server.Port;

    public MailSink Sink { get; }

    public bool IsRunning => _server.IsRunning;

    /// <summary>Reserves a port (free a moment ago) and a directory; nothing listens until <see cref="StartAsync"/>.</summary>
    public static PrivateSmtpSink Create() => new(PrivateServerProcess.Reserve("mail"));

    public static async Task<PrivateSmtpSink> StartNewAsync()
    {
        var sink = Create();
        await sink.StartAsync();
        return sink;
    }

    /// <summary>Starts the sink and waits for its 220 greeting.</summary>
    public Task StartAsync()
    {
        var start = new ProcessStartInfo("/usr/bin/python3");
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

        return _server.StartAsync(start, GreetsAsync);
    }

    public Task StopAsync() => _server.KillAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

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
