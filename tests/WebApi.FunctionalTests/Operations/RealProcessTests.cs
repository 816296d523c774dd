using System.Net;
using System.Text;
using System.Text.Json;
using CleanBackend.TestSupport;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>The real process behind real Kestrel: its configured limits, its headers, HEAD, and the healthcheck subcommand images use.</summary>
[NonParallelizable]
public sealed class RealProcessTests
{
    private const int MaxRequestBodySize = 4096;

    private TestDatabase _database = null!;
    private ApiProcess _api = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync($"cleanbackend_functional_process_{Guid.NewGuid():N}"[..40]);
        var settings = RealProcessSettings.For(_database);
        settings["Kestrel__Limits__MaxRequestBodySize"] = MaxRequestBodySize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _api = await ApiProcess.StartAsync(settings);
        _client = new HttpClient { BaseAddress = _api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DropAsync();
        }
    }

    [Test]
    public async Task A_body_over_Kestrel_Limits_MaxRequestBodySize_is_answered_413()
    {
        var username = $"big{Guid.NewGuid():N}"[..20];
        var body = Registration(username, bio: new string('x', 2 * MaxRequestBodySize));

        using var response = await _client.PostAsync("/api/users", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_body_under_the_limit_is_served()
    {
        var username = $"small{Guid.NewGuid():N}"[..20];

        using var response = await _client.PostAsync("/api/users", new StringContent(Registration(username), Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_healthcheck_command_exits_0_against_the_running_api()
    {
        var (exitCode, output) = await ApiProcess.RunToEndAsync(["healthcheck", _api.BaseAddress.ToString().TrimEnd('/')], TimeSpan.FromSeconds(30));

        Assert.That(exitCode, Is.Zero, output);
    }

    [Test]
    public async Task The_healthcheck_command_exits_1_against_a_closed_port()
    {
        var (exitCode, output) = await ApiProcess.RunToEndAsync(["healthcheck", $"http://127.0.0.1:{ApiProcess.FreePort()}"], TimeSpan.FromSeconds(30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("/health/live did not answer"));
        }
    }

    [Test]
    public async Task Real_kestrel_names_no_server_and_answers_head_with_the_headers_of_get_and_no_body()
    {
        using var get = await _client.GetAsync("/api/tags");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/tags"));
        var headBody = await head.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(get.Headers.Server, Is.Empty, "no Server header");
            Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(head.Content.Headers.ContentType, Is.EqualTo(get.Content.Headers.ContentType));
            Assert.That(head.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(headBody, Is.Empty);
        }
    }

    private static string Registration(string username, string? bio = null) =>
        JsonSerializer.Serialize(new { user = new { username, email = $"{username}@example.com", password = "correct-horse-battery", bio } });
}
