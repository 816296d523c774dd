using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CleanBackend.TestSupport;
using Npgsql;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// SIGTERM to the real process, as Kubernetes or Docker sends it: the API stops accepting
/// connections, lets the request it is serving finish, and exits 0 by itself.
/// </summary>
[NonParallelizable]
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private TestDatabase _database = null!;
    private ApiProcess? _api;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await TestDatabase.CreateMigratedAsync($"cleanbackend_functional_shutdown_{Guid.NewGuid():N}"[..40]);

    [OneTimeTearDown]
    public async Task DropDatabaseAsync() => await _database.DropAsync();

    [TearDown]
    public async Task KillTheApiIfStillRunningAsync()
    {
        if (_api is not null)
        {
            if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Passed)
            {
                await TestContext.Out.WriteLineAsync(_api.Output);
            }

            await _api.DisposeAsync();
            _api = null;
        }
    }

    [Test]
    public async Task On_SIGTERM_the_api_refuses_new_connections_finishes_the_request_in_flight_and_exits_0()
    {
        _api = await ApiProcess.StartAsync(RealProcessSettings.For(_database));
        var username = $"held{Guid.NewGuid():N}"[..20];
        var body = JsonSerializer.SerializeToUtf8Bytes(new { user = new { username, email = $"{username}@example.com", password = "correct-horse-battery" } });
        var half = body.Length / 2;

        using var held = new TcpClient();
        await held.ConnectAsync("127.0.0.1", _api.Port);
        var stream = held.GetStream();
        var head = $"POST /api/users HTTP/1.1\r\nHost: 127.0.0.1:{_api.Port}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, half));
        await stream.FlushAsync();
        await WaitUntilTheRequestIsInFlightAsync(_api);

        _api.SendSigterm();
        await WaitUntilNewConnectionsAreRefusedAsync(_api.Port);
        await stream.WriteAsync(body.AsMemory(half));
        await stream.FlushAsync();
        var (status, responseBody) = await ReadResponseAsync(stream);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(201), $"the held registration: {responseBody}");
            Assert.That(await _api.WaitForExitAsync(Bound), Is.True, $"the API did not exit within {Bound} of SIGTERM");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_api.ExitCode, Is.Zero, "exit code");
            Assert.That(await CountUsersAsync(username), Is.EqualTo(1), "the held registration was committed");
            Assert.That(_api.Output, Does.Contain("Application is shutting down"), "the host logged its orderly stop");
        }
    }

    [Test]
    public async Task An_idle_api_exits_0_on_SIGTERM()
    {
        _api = await ApiProcess.StartAsync(RealProcessSettings.For(_database));

        _api.SendSigterm();

        Assert.That(await _api.WaitForExitAsync(Bound), Is.True, $"the API did not exit within {Bound} of SIGTERM");
        Assert.That(_api.ExitCode, Is.Zero);
    }

    /// <summary>
    /// Kestrel hands a request to the application once its headers are in; the API counts it in
    /// http_requests_in_flight from then on. A scrape counts itself too, so two means ours is in.
    /// </summary>
    private static async Task WaitUntilTheRequestIsInFlightAsync(ApiProcess api)
    {
        using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Bound)
        {
            var scrape = await MetricsScrape.GetAsync(client, RealProcessSettings.MetricsToken);
            var inFlight = scrape.Exposition.SamplesNamed("http_requests_in_flight").SingleOrDefault()?.Value ?? 0;
            if (inFlight >= 2)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The held request never showed up in http_requests_in_flight.");
    }

    private static async Task WaitUntilNewConnectionsAreRefusedAsync(int port)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Bound)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync("127.0.0.1", port);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"New connections were still accepted {Bound} after SIGTERM.");
    }

    /// <summary>Reads one HTTP/1.1 response (status line, headers, Content-Length body) off the raw connection.</summary>
    private static async Task<(int Status, string Body)> ReadResponseAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(Bound);
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                Assert.Fail($"The connection closed before a response arrived: {Encoding.ASCII.GetString([.. received])}");
            }

            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        var head = Encoding.ASCII.GetString([.. received.Take(headerEnd)]);
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var lengthHeader = lines.FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthHeader is null ? 0 : int.Parse(lengthHeader.Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        while (received.Count < headerEnd + 4 + length)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        return (status, head + "\r\n\r\n" + Encoding.UTF8.GetString([.. received.Skip(headerEnd + 4)]));
    }

    private static int IndexOfHeaderEnd(List<byte> received)
    {
        for (var i = 0; i + 3 < received.Count; i++)
        {
            if (received[i] == '\r' && received[i + 1] == '\n' && received[i + 2] == '\r' && received[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private async Task<long> CountUsersAsync(string username)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM identity.users WHERE username = @username", connection);
        command.Parameters.AddWithValue("username", username);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
