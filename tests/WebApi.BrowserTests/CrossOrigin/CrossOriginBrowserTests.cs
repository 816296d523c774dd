using System.Text.Json;
using CleanBackend.TestSupport;
using CleanBackend.WebApi.BrowserTests.Support;
using CleanBackend.WebApi.FunctionalTests.Operations;
using Microsoft.Playwright;

namespace CleanBackend.WebApi.BrowserTests.CrossOrigin;

/// <summary>
/// A front end as a user's browser runs it: a page from one origin calling the API, a real server on another
/// origin, through <c>fetch</c>, so Chromium itself sends the CORS preflights and enforces the answers. The API runs
/// in Production with an explicit <c>Cors:AllowedOrigins</c> (Development would allow every loopback origin),
/// listing one of the page server's two origins.
/// </summary>
[NonParallelizable]
public sealed class CrossOriginBrowserTests : SystemChromiumTest
{
    private const string Page = "conduit-client.html";
    private static readonly TimeSpan LogDeadline = TimeSpan.FromSeconds(10);

    private TestDatabase _database = null!;
    private StaticPageServer _pages = null!;
    private ApiProcess _api = null!;
    private IBrowserContext _context = null!;

    private Uri AllowedOrigin => _pages.Origins[0];

    private Uri RefusedOrigin => _pages.Origins[1];

    private string ApiOrigin => _api.BaseAddress.GetLeftPart(UriPartial.Authority);

    [OneTimeSetUp]
    public async Task StartServersAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync($"cleanbackend_browser_{Guid.NewGuid():N}"[..36]);
        _pages = await StaticPageServer.StartAsync(StaticPageServer.EmbeddedPage(Page), originCount: 2);

        var settings = RealProcessSettings.For(_database);
        settings["Cors__AllowedOrigins__0"] = Origin(AllowedOrigin);
        settings["Smtp__Host"] = TestServers.SmtpHost;
        settings["Smtp__Port"] = TestServers.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _api = await ApiProcess.StartAsync(settings);
    }

    [OneTimeTearDown]
    public async Task StopServersAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_pages is not null)
        {
            await _pages.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DropAsync();
        }
    }

    [SetUp]
    public async Task OpenContextAsync() =>
        _context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 640 } });

    [TearDown]
    public async Task CloseContextAsync() => await _context.CloseAsync();

    [Test]
    public async Task A_page_on_an_allowed_origin_registers_logs_in_creates_an_article_and_reads_it_back()
    {
        var (page, preflights) = await OpenPageAsync(AllowedOrigin);
        var username = NewUsername("allowed");
        var article = new { title = $"Written from {AllowedOrigin.Port}", description = "cross-origin", body = "Sent by fetch from another origin.", tagList = new[] { "cors" } };

        var flow = await RunFlowAsync(page, Registration(username), article);
        await AttachScreenshotAsync(page, "allowed-origin-flow.png");

        var steps = flow.GetProperty("steps").EnumerateArray().ToList();
        Assert.That(steps.Select(Outcome), Is.EqualTo(new[] { "register 201", "login 200", "create 201", "read 200" }), flow.ToString());
        var shown = flow.GetProperty("article");
        var slug = shown.GetProperty("slug").GetString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.GetProperty("title").GetString(), Is.EqualTo(article.title));
            Assert.That(shown.GetProperty("body").GetString(), Is.EqualTo(article.body));
            Assert.That(shown.GetProperty("author").GetProperty("username").GetString(), Is.EqualTo(username));
            Assert.That(steps.Select(step => step.GetProperty("correlationId").ValueKind), Is.All.EqualTo(JsonValueKind.String), "the correlation header must be readable by the page");
            Assert.That(await page.Locator("[data-step=read] .answer").TextContentAsync(), Is.EqualTo("200"));
            Assert.That(await page.Locator("#article-title").TextContentAsync(), Is.EqualTo(article.title));
        }

        // Every call carried a header that is not CORS-safelisted, so each one was preflighted, and the API itself
        // allowed each preflight.
        var answers = preflights.Answers;
        Assert.That(answers.Select(answer => answer.Url.AbsolutePath), Is.SupersetOf(new[] { "/api/users", "/api/users/login", "/api/articles", $"/api/articles/{slug}" }));
        foreach (var answer in answers)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(answer.Status, Is.EqualTo(204), answer.Url.ToString());
                Assert.That(answer.Headers.GetValueOrDefault("Access-Control-Allow-Origin"), Is.EqualTo(Origin(AllowedOrigin)), answer.Url.ToString());
            }

            await AssertTheApiAnsweredAsync(answer);
        }
    }

    [Test]
    public async Task A_page_on_an_origin_not_on_the_list_is_refused_by_the_browser_after_the_api_answered_its_preflight()
    {
        var (page, preflights) = await OpenPageAsync(RefusedOrigin);
        var postsBefore = Requests("POST");

        var flow = await RunFlowAsync(page, Registration(NewUsername("refused")), new { title = "never", description = "never", body = "never" });
        await AttachScreenshotAsync(page, "refused-origin.png");

        var steps = flow.GetProperty("steps").EnumerateArray().ToList();
        Assert.That(steps, Has.Count.EqualTo(1), flow.ToString());
        Assert.That(steps[0].GetProperty("errorName").GetString(), Is.EqualTo("TypeError"), "fetch rejects when CORS refuses the call");

        var answer = preflights.Answers.Single(answer => answer.Url.AbsolutePath == "/api/users");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(204), "the API answers the preflight as one (not 405), only without allowing the origin");
            Assert.That(answer.Headers.ContainsKey("Access-Control-Allow-Origin"), Is.False, "the API must not allow an origin that is not on the list");
        }

        await AssertTheApiAnsweredAsync(answer);
        Assert.That(Requests("POST"), Is.EqualTo(postsBefore), "after the refused preflight the browser must not send the registration");
    }

    private static string NewUsername(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..20];

    private static object Registration(string username) => new { username, email = $"{username}@example.com", password = "correct-horse-battery" };

    private static string Outcome(JsonElement step) =>
        $"{step.GetProperty("name").GetString()} {(step.TryGetProperty("status", out var status) ? status.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : step.GetProperty("error").GetString())}";

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    private async Task<(IPage Page, PreflightRecorder Preflights)> OpenPageAsync(Uri origin)
    {
        var page = await _context.NewPageAsync();
        var preflights = await PreflightRecorder.AttachAsync(page);
        await page.GotoAsync(origin.ToString());
        return (page, preflights);
    }

    private async Task<JsonElement> RunFlowAsync(IPage page, object user, object article) =>
        await page.EvaluateAsync<JsonElement>("([api, user, article]) => window.runConduitFlow(api, user, article)", new[] { ApiOrigin, user, article });

    private int Requests(string method) => ApiRequestLog.Read(_api.Output).Count(line => line.Method == method);

    /// <summary>
    /// The preflight's answer carries the API's correlation id, and the API logged that very preflight with the
    /// status the browser saw: it was answered by the API, not by the browser, a proxy or a cache.
    /// </summary>
    private async Task AssertTheApiAnsweredAsync(PreflightAnswer answer)
    {
        var correlationId = answer.Headers.GetValueOrDefault("X-Correlation-ID");
        Assert.That(correlationId, Is.Not.Null.And.Not.Empty, $"the answer to the preflight of {answer.Url} did not come from the API");
        var logged = await Polling.UntilAsync(
            () => ApiRequestLog.Read(_api.Output).Any(line => line.CorrelationId == correlationId && line.Method == "OPTIONS" && line.StatusCode == answer.Status),
            LogDeadline);
        Assert.That(logged, Is.True, $"the API logged no OPTIONS {answer.Url} answered {answer.Status} with correlation id {correlationId}:{Environment.NewLine}{_api.Output}");
    }

    private static async Task AttachScreenshotAsync(IPage page, string fileName)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, "The page after the flow");
    }
}
