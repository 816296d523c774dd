using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CleanBackend.TestSupport;
using CleanBackend.WebApi.Errors;
using CleanBackend.WebApi.FunctionalTests.Operations;
using CleanBackend.WebApi.FunctionalTests.Support;
using CleanBackend.WebApi.Logging;
using Npgsql;
using Serilog.Events;

namespace CleanBackend.WebApi.FunctionalTests.Errors;

/// <summary>
/// PostgreSQL going away under a running API (its port closed and every open connection cut, by a forwarder
/// between the two): requests answer 503 with Retry-After, as a problem, each logged as one warning line.
/// </summary>
[NonParallelizable]
public sealed class DatabaseOutageTests
{
    private const string RetryAfterSeconds = "7";
    private static readonly string HandlerCategory = typeof(ProblemDetailsExceptionHandler).FullName!;

    private readonly SerilogCapture _serilog = SerilogCapture.Instance;
    private TcpForwarder _postgres = null!;
    private CleanBackendApiFactory _factory = null!;
    private HttpClient _http = null!;
    private UserSession _user = null!;
    private UserSession _newcomer = null!;

    [SetUp]
    public async Task StartApiBehindAForwarderAsync()
    {
        await FunctionalTestEnvironment.Database.ResetAsync();
        _user = await TestUsers.CreateAsync("writer");
        _newcomer = await TestUsers.CreateAsync("newcomer");

        var database = new NpgsqlConnectionStringBuilder(FunctionalTestEnvironment.Database.ConnectionString);
        _postgres = new TcpForwarder(database.Host!, database.Port);
        database.Host = "127.0.0.1";
        database.Port = _postgres.Port;

        var settings = TestHostSettings.For(database.ConnectionString);
        foreach (var (key, value) in SerilogCapture.Settings())
        {
            settings[key] = value;
        }

        // One quick retry, so the outage is seen at once; the job scheduler's own complaints are not a request's.
        settings["Database:MaxRetryCount"] = "1";
        settings["Database:MaxRetryDelay"] = "00:00:00.050";
        settings["Database:ConnectionTimeoutSeconds"] = "2";
        settings["Database:RetryAfterSeconds"] = RetryAfterSeconds;
        settings["Jobs:Enabled"] = "false";
        settings["RequestPerformance:SlowRequestThresholdMilliseconds"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _http = _factory.CreateClient();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Test]
    public async Task Reads_and_writes_answer_503_with_Retry_After_as_a_problem_logged_as_one_warning_while_PostgreSQL_is_down()
    {
        // Arrangement: the API works through the forwarder, with pooled connections that the outage will cut.
        (await SendAsync(HttpMethod.Get, "/api/articles", token: null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Post, "/api/articles", _user.AccessToken, """{"article":{"title":"Before","description":"d","body":"b"}}""")).ShouldHaveStatus(HttpStatusCode.Created);

        await _postgres.StopAsync();

        var requests = new (HttpMethod Method, string Path, string? Token, string? Json)[]
        {
            (HttpMethod.Get, "/api/articles?limit=5", null, null),
            (HttpMethod.Get, "/api/profiles/writer", null, null),
            (HttpMethod.Post, "/api/users/login", null, """{"user":{"email":"writer@example.com","password":"correct-horse-battery"}}"""),
            (HttpMethod.Post, "/api/articles", _user.AccessToken, """{"article":{"title":"During","description":"d","body":"b"}}"""),
            (HttpMethod.Put, "/api/user", _user.AccessToken, """{"user":{"bio":"offline"}}"""),

            // A token this API has not seen: checking its security stamp needs the database too.
            (HttpMethod.Post, "/api/profiles/writer/follow", _newcomer.AccessToken, null),
        };
        foreach (var (method, path, token, json) in requests)
        {
            _serilog.Clear();

            var (response, retryAfter) = await SendWithRetryAfterAsync(method, path, token, json);

            response.ShouldBeProblem(HttpStatusCode.ServiceUnavailable, ProblemAssertions.Error("server", "is temporarily unavailable"));
            Assert.That(retryAfter, Is.EqualTo(RetryAfterSeconds), $"Retry-After of {method} {path}");
            AssertLoggedAsOneWarningWithoutAStackTrace($"{method} {path}");
        }
    }

    [Test]
    public async Task Readiness_reports_PostgreSQL_unhealthy_while_it_is_down()
    {
        await _postgres.StopAsync();

        var response = await SendAsync(HttpMethod.Get, "/health/ready", token: null);

        response.ShouldHaveStatus(HttpStatusCode.ServiceUnavailable);
        var postgres = ApiResponse.Member(ApiResponse.Member(response.Json, "checks"), "postgres");
        Assert.That(ApiResponse.Member(postgres, "status").GetString(), Is.EqualTo("Unhealthy"));
    }

    private void AssertLoggedAsOneWarningWithoutAStackTrace(string request)
    {
        var events = _serilog.Events.Where(logEvent => logEvent.Level >= LogEventLevel.Warning || logEvent.Exception is not null).ToList();
        var described = events.Select(logEvent => $"{logEvent.Level} {SerilogCapture.ScalarOf(logEvent, "SourceContext")}: {logEvent.RenderMessage()} {logEvent.Exception}");
        Assert.That(events, Has.Count.EqualTo(1), $"{request}: {string.Join(Environment.NewLine, described)}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(events[0].Level, Is.EqualTo(LogEventLevel.Warning), request);
            Assert.That(SerilogCapture.ScalarOf(events[0], "SourceContext"), Is.EqualTo(HandlerCategory), request);
            Assert.That(events[0].Exception, Is.Null, request);
            Assert.That(events[0].RenderMessage(), Does.Not.Contain("   at "), $"{request}: no stack frames in the message");
        }
    }

    private async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? token, string? json = null) =>
        (await SendWithRetryAfterAsync(method, path, token, json)).Response;

    private async Task<(ApiResponse Response, string? RetryAfter)> SendWithRetryAfterAsync(HttpMethod method, string path, string? token, string? json)
    {
        using var request = new HttpRequestMessage(method, path).WithAuthorization(token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var correlationId = response.Headers.TryGetValues(CorrelationIdMiddleware.HeaderName, out var values) ? values.SingleOrDefault() : null;
        var retryAfter = response.Headers.TryGetValues("Retry-After", out var retry) ? retry.SingleOrDefault() : null;
        return (new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, correlationId, body), retryAfter);
    }
}
