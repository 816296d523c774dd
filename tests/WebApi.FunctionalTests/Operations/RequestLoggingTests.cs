using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using CleanBackend.WebApi.Observability;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// What the API logs, seen by two hosts: one at its configured levels (a sink named in its configuration),
/// and one with every level of every namespace opened to Verbose (a sink registered in its container).
/// </summary>
public sealed class RequestLoggingTests
{
    private static readonly string RequestLogCategory = typeof(RequestObservabilityMiddleware).FullName!;

    private readonly SerilogCapture _serilog = SerilogCapture.Instance;
    private readonly SerilogCapture _everything = new();
    private CleanBackendApiFactory _configuredFactory = null!;
    private CleanBackendApiFactory _verboseFactory = null!;
    private WebApplicationFactory<Program> _capturingVerboseFactory = null!;
    private ConduitApiClient _api = null!;
    private ConduitApiClient _verboseApi = null!;

    [OneTimeSetUp]
    public void StartApis()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        foreach (var (key, value) in SerilogCapture.Settings())
        {
            settings[key] = value;
        }

        _configuredFactory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _api = new ConduitApiClient(_configuredFactory.CreateClient());

        _verboseFactory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, EveryLevelOpenSettings());
        _capturingVerboseFactory = _verboseFactory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<ILogEventSink>(_everything)));
        _verboseApi = new ConduitApiClient(_capturingVerboseFactory.CreateClient());
    }

    [OneTimeTearDown]
    public async Task StopApisAsync()
    {
        _api.Dispose();
        _verboseApi.Dispose();
        await _capturingVerboseFactory.DisposeAsync();
        await _verboseFactory.DisposeAsync();
        await _configuredFactory.DisposeAsync();
    }

    [SetUp]
    public async Task ResetAsync()
    {
        await FunctionalTestEnvironment.Database.ResetAsync();
        _everything.Clear();
        _serilog.Clear();
    }

    [Test]
    public async Task No_password_or_token_reaches_the_log_at_the_configured_levels()
    {
        var secrets = await SignUpLogInAndUseTheSessionAsync(_api);

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
        var secrets = await SignUpLogInAndUseTheSessionAsync(_verboseApi);

        var leaked = _everything.Events
            .Where(logEvent => TextOf(logEvent).Any(text => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal))))
            .Select(logEvent => $"{logEvent.Level} {SerilogCapture.ScalarOf(logEvent, "SourceContext")}: {logEvent.RenderMessage()}")
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_everything.Events.Count(IsRequestLine), Is.EqualTo(ScenarioRequests), "the capture saw the requests, so the check below is not vacuous");
            Assert.That(_everything.Events.Where(logEvent => logEvent.Level == LogEventLevel.Verbose), Is.Not.Empty, "Trace level is really open");
            Assert.That(leaked, Is.Empty, "log events (any level) whose message, exception or properties (scopes included) contain a password or token");
        }
    }

    [Test]
    public async Task Even_with_every_level_open_the_middleware_writes_one_line_per_request()
    {
        (await _verboseApi.GetAsync("/health/live")).ShouldHaveStatus(HttpStatusCode.OK);
        (await _verboseApi.GetAsync("/no/such/page")).ShouldHaveStatus(HttpStatusCode.NotFound);
        (await _verboseApi.GetAsync("/api/tags")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_everything.Events.Where(logEvent => logEvent.Level == LogEventLevel.Verbose), Is.Not.Empty, "Trace level is really open");
            Assert.That(_everything.Events.Count(IsRequestLine), Is.EqualTo(3));
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
    private static async Task<string[]> SignUpLogInAndUseTheSessionAsync(ConduitApiClient api)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var account = new TestAccount($"secret{unique}", $"secret{unique}@example.com", $"Pw-{unique}-distinctive");
        var newPassword = $"NewPw-{unique}-distinctive";
        var wrongPassword = $"WrongPw-{unique}-distinctive";
        var rejectedPassword = $"RejectedPw-{unique}-distinctive";

        var registered = await api.RegisterNewAsync(account);
        var session = await api.LoginSessionAsync(account);
        (await api.GetCurrentUserAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var updated = (await api.UpdateCurrentUserAsync(session.AccessToken, new { password = newPassword })).ShouldHaveStatus(HttpStatusCode.OK);
        // The password change ended the login's session and answered a new one: that is what goes on.
        var refreshed = (await api.RefreshAsync(updated.UserString("refreshToken"))).ShouldHaveStatus(HttpStatusCode.OK);
        (await api.LoginAsync(account.Email, wrongPassword)).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        (await api.RegisterAsync(new TestAccount($"other{unique}", "not-an-email", rejectedPassword))).ShouldHaveStatus(HttpStatusCode.UnprocessableEntity);
        var truncated = await api.PostRawJsonAsync("/api/users/login", $"{{\"user\":{{\"email\":\"{account.Email}\",\"password\":\"{newPassword}\"");
        Assert.That((int)truncated.StatusCode, Is.InRange(400, 499), "arrangement: a truncated login body is rejected");
        (await api.LogoutAsync(refreshed.UserString("refreshToken"))).ShouldHaveStatus(HttpStatusCode.NoContent);

        return
        [
            account.Password, newPassword, wrongPassword, rejectedPassword,
            registered.AccessToken, session.AccessToken, session.RefreshToken!,
            updated.UserString("token"), updated.UserString("refreshToken"), refreshed.UserString("token"), refreshed.UserString("refreshToken"),
        ];
    }

    private static bool IsRequestLine(LogEvent logEvent) => SerilogCapture.ScalarOf(logEvent, "SourceContext") as string == RequestLogCategory;

    /// <summary>
    /// The test settings with Serilog's level (the scalar form, see TestHostSettings) and every namespace override the API's appsettings
    /// files name set to Verbose, as an operator chasing a problem might.
    /// </summary>
    private static Dictionary<string, string?> EveryLevelOpenSettings()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        settings["Serilog:MinimumLevel"] = nameof(LogEventLevel.Verbose);
        var appSettings = new ConfigurationBuilder();
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "appsettings*.json"))
        {
            appSettings.AddJsonFile(file);
        }

        foreach (var namespaceOverride in appSettings.Build().GetSection("Serilog:MinimumLevel:Override").GetChildren())
        {
            settings[$"Serilog:MinimumLevel:Override:{namespaceOverride.Key}"] = nameof(LogEventLevel.Verbose);
        }

        return settings;
    }

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
