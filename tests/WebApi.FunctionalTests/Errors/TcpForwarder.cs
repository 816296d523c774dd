using System.Net;
using System.Net.Sockets;

namespace CleanBackend.WebApi.FunctionalTests.Errors;

/// <summary>
/// A TCP port that passes every connection on to a real server until <see cref="StopAsync"/>, which closes
/// the port and cuts every open connection: to the API behind it, the server has just gone down.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly List<TcpClient> _connections = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;

    public TcpForwarder(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync();
        _listener.Stop();
        lock (_connections)
        {
            _connections.ForEach(connection => connection.Dispose());
            _connections.Clear();
        }

        await _accepting;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient();
        lock (_connections)
        {
            _connections.Add(client);
            _connections.Add(server);
        }

        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
            await using var clientStream = client.GetStream();
            await using var serverStream = server.GetStream();
            await Task.WhenAny(
                clientStream.CopyToAsync(serverStream, _stopping.Token),
                serverStream.CopyToAsync(clientStream, _stopping.Token));
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The forwarder was stopped, or one side hung up: either way this connection is over.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
