using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using CleanBackend.WebApi.Observability;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// What the API logs, seen two ways: every logging call at any level (a provider beside Serilog), and
/// what the API's own Serilog pipeline emits at its configured levels (a sink named in its configuration).
/// </summary>
public sealed class RequestLoggingTests
{
    private static readonly string RequestLogCategory = typeof(RequestObservabilityMiddleware).FullName!;

    private readonly CapturingLoggerProvider _calls = new();
    private readonly SerilogCapture _serilog = SerilogCapture.Instance;
    private CleanBackendApiFactory _factory = null!;
    private WebApplicationFactory<Program> _capturingFactory = null!;
    private ConduitApiClient _api = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        foreach (var (key, value) in SerilogCapture.Settings())
        {
            settings[key] = value;
        }

        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _capturingFactory = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(_calls);
            services.Configure<LoggerFilterOptions>(options => options.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        }));
        _api = new ConduitApiClient(_capturingFactory.CreateClient());
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        _api.Dispose();
        await _capturingFactory.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [SetUp]
    public async Task ResetAsync()
    {
        await FunctionalTestEnvironment.Database.ResetAsync();
        _calls.Clear();
        _serilog.Clear();
    }

    [Test]
    public async Task No_password_or_token_reaches_the_log_at_the_configured_levels()
    {
        var secrets = await SignUpLogInAndUseTheSessionAsync();

        var leaked = _serilog.Events
            .Where(logEvent => TextOf(logEvent).Any(text => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal))))
            .Select(logEvent => $"{logEvent.Level} {SerilogCapture.ScalarOf(logEvent, "SourceContext")}: {logEvent.RenderMessage()}")
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_serilog.Events.Count(IsRequestLine), Is.EqualTo(ScenarioRequests), "the sink saw the requests, so the check below is not vacuous");
            Assert.That(leaked, Is.Empty, "Serilog events (message, exception, properties) that contain a password or token");
        }
    }

    /// <summary>
    /// Levels are configurable per namespace, so an operator may open one up to Trace while chasing a
    /// problem; even then no password or token may be written. Every logging call is checked here.
    /// </summary>
    [Test]
    public async Task No_password_or_token_is_logged_even_at_Trace_level()
    {
        var secrets = await SignUpLogInAndUseTheSessionAsync();

        var leaked = _calls.Entries
            .Where(entry => entry.AllText().Any(text => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal))))
            .Select(entry => $"{entry.Level} {entry.Category}: {entry.Message}")
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_calls.Entries.Count(entry => entry.Category == RequestLogCategory), Is.EqualTo(ScenarioRequests), "the capture saw the requests, so the check below is not vacuous");
            Assert.That(_calls.Entries.Where(entry => entry.Level == LogLevel.Trace), Is.Not.Empty, "Trace level is really open");
            Assert.That(leaked, Is.Empty, "log calls (any level) whose message, exception, properties or scopes contain a password or token");
        }
    }

    [Test]
    public async Task Each_request_writes_exactly_one_request_line_with_method_route_status_elapsed_and_user()
    {
        var account = TestAccount.Named($"liner{Guid.NewGuid():N}"[..20]);

        await _api.RegisterNewAsync(account);
        var session = await _api.LoginSessionAsync(account);
        (await _api.GetCurrentUserAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        (await _api.GetAsync("/no/such/page")).ShouldHaveStatus(HttpStatusCode.NotFound);
        (await _api.GetAsync($"/api/profiles/{account.Username}")).ShouldHaveStatus(HttpStatusCode.OK);

        var userId = TestAccessTokens.SubjectOf(session.AccessToken);
        var requestLines = _serilog.Events
            .Where(IsRequestLine)
            .ToList();
        var lines = requestLines.Select(logEvent => string.Join(
            ' ',
            logEvent.Level,
            SerilogCapture.ScalarOf(logEvent, "Method"),
            SerilogCapture.ScalarOf(logEvent, "Route"),
            SerilogCapture.ScalarOf(logEvent, "StatusCode"),
            SerilogCapture.ScalarOf(logEvent, "UserId")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Is.EqualTo(new[]
            {
                "Information POST api/users 201 anonymous",
                "Information POST api/users/login 200 anonymous",
                $"Information GET api/user 200 {userId}",
                "Information GET unmatched 404 anonymous",
                "Information GET api/profiles/{username} 200 anonymous",
            }));

            var elapsed = requestLines.Select(logEvent => SerilogCapture.ScalarOf(logEvent, "ElapsedMilliseconds"));
            Assert.That(elapsed, Has.All.InstanceOf<double>().And.All.GreaterThanOrEqualTo(0d), "elapsed milliseconds");
            Assert.That(
                requestLines.Select(logEvent => logEvent.RenderMessage()),
                Has.All.Match(@"^HTTP ""(GET|POST)"" "".+"" responded \d{3} in \d+\.\d ms for "".+""$"));

            // ASP.NET Core's own "Request starting/finished" lines would make it three lines per request.
            Assert.That(
                _serilog.Events.Select(logEvent => SerilogCapture.ScalarOf(logEvent, "SourceContext") as string),
                Has.None.EqualTo("Microsoft.AspNetCore.Hosting.Diagnostics"));

            // Even with every level open, the middleware writes once per request.
            Assert.That(_calls.Entries.Count(entry => entry.Category == RequestLogCategory), Is.EqualTo(5));
        }
    }

    [Test]
    public async Task A_log_entry_written_during_a_request_carries_that_requests_correlation_id()
    {
        // The middleware pushes the id onto Serilog's LogContext, so only Serilog's pipeline
        // (Enrich.FromLogContext) can attach it: this test reads the API's Serilog events.
        var failing = $"corr-boom-{Guid.NewGuid():N}";
        var succeeding = $"corr-ok-{Guid.NewGuid():N}";

        (await _api.GetAsync("/test/boom", failing)).ShouldHaveStatus(HttpStatusCode.InternalServerError);
        var boomEvents = _serilog.Events.ToList();
        (await _api.GetAsync("/health/live", succeeding)).ShouldHaveStatus(HttpStatusCode.OK);
        var liveEvents = _serilog.Events.Skip(boomEvents.Count).ToList();

        var unhandled = boomEvents.Where(logEvent => logEvent.Level == LogEventLevel.Error && logEvent.Exception is not null).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unhandled, Is.Not.Empty, "the failing request logs its exception");
            Assert.That(unhandled.Select(logEvent => SerilogCapture.ScalarOf(logEvent, "CorrelationId")), Has.All.EqualTo(failing));
            Assert.That(boomEvents.Select(logEvent => SerilogCapture.ScalarOf(logEvent, "CorrelationId")), Has.All.EqualTo(failing), "every event of the failing request");
            Assert.That(liveEvents, Is.Not.Empty);
            Assert.That(liveEvents.Select(logEvent => SerilogCapture.ScalarOf(logEvent, "CorrelationId")), Has.All.EqualTo(succeeding), "the next request has its own id");
        }
    }

    private const int ScenarioRequests = 9;

    /// <summary>Nine requests that carry passwords and tokens every way the API accepts them; returns every secret used or issued.</summary>
    private async Task<string[]> SignUpLogInAndUseTheSessionAsync()
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var account = new TestAccount($"secret{unique}", $"secret{unique}@example.com", $"Pw-{unique}-distinctive");
        var newPassword = $"NewPw-{unique}-distinctive";
        var wrongPassword = $"WrongPw-{unique}-distinctive";
        var rejectedPassword = $"RejectedPw-{unique}-distinctive";

        var registered = await _api.RegisterNewAsync(account);
        var session = await _api.LoginSessionAsync(account);
        (await _api.GetCurrentUserAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var updated = (await _api.UpdateCurrentUserAsync(session.AccessToken, new { password = newPassword })).ShouldHaveStatus(HttpStatusCode.OK);
        // The password change ended the login's session and answered a new one: that is what goes on.
        var refreshed = (await _api.RefreshAsync(updated.UserString("refreshToken"))).ShouldHaveStatus(HttpStatusCode.OK);
        (await _api.LoginAsync(account.Email, wrongPassword)).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        (await _api.RegisterAsync(new TestAccount($"other{unique}", "not-an-email", rejectedPassword))).ShouldHaveStatus(HttpStatusCode.UnprocessableEntity);
        var truncated = await _api.PostRawJsonAsync("/api/users/login", $"{{\"user\":{{\"email\":\"{account.Email}\",\"password\":\"{newPassword}\"");
        Assert.That((int)truncated.StatusCode, Is.InRange(400, 499), "arrangement: a truncated login body is rejected");
        (await _api.LogoutAsync(refreshed.UserString("refreshToken"))).ShouldHaveStatus(HttpStatusCode.NoContent);

        return
        [
            account.Password, newPassword, wrongPassword, rejectedPassword,
            registered.AccessToken, session.AccessToken, session.RefreshToken!,
            updated.UserString("token"), updated.UserString("refreshToken"), refreshed.UserString("token"), refreshed.UserString("refreshToken"),
        ];
    }

    private static bool IsRequestLine(LogEvent logEvent) => SerilogCapture.ScalarOf(logEvent, "SourceContext") as string == RequestLogCategory;

    private static IEnumerable<string> TextOf(LogEvent logEvent)
    {
        yield return logEvent.RenderMessage();
        if (logEvent.Exception is not null)
        {
            yield return logEvent.Exception.ToString();
        }

        foreach (var property in logEvent.Properties)
        {
            yield return $"{property.Key}={property.Value}";
        }
    }
}
