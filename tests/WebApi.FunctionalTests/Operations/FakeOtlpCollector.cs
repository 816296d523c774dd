using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// The smallest OTLP/HTTP trace receiver: accepts POST /v1/traces on 127.0.0.1, keeps each body and
/// answers 200 with an empty ExportTraceServiceResponse (an empty protobuf message is zero bytes).
/// </summary>
public sealed class FakeOtlpCollector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _requests = new();
    private readonly Task _loop;
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeOtlpCollector()
    {
        Port = FreePort();
        Endpoint = $"http://127.0.0.1:{Port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The value for OTEL_EXPORTER_OTLP_ENDPOINT; the exporter appends /v1/traces.</summary>
    public string Endpoint { get; }

    public IReadOnlyList<(string Path, string? ContentType, byte[] Body)> Requests => [.. _requests];

    /// <summary>Waits at most <paramref name="timeout"/> for the first request; true when one arrived.</summary>
    public async Task<bool> WaitForFirstRequestAsync(TimeSpan timeout)
    {
        try
        {
            await _firstRequest.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.ContentLength64 = 0;
            context.Response.Close();
            _firstRequest.TrySetResult();
        }
    }
}
