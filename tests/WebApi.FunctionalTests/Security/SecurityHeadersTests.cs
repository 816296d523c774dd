using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.FunctionalTests.Security;

public sealed partial class SecurityHeadersTests : ApiTestBase
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    private HttpClient _http = null!;

    [SetUp]
    public void CreateHttpClient() => _http = FunctionalTestEnvironment.Factory.CreateClient();

    [TearDown]
    public void DisposeHttpClient() => _http.Dispose();

    [TestCase("GET", "/api/tags", TestName = "A public API answer carries the security headers")]
    [TestCase("GET", "/api/user", TestName = "A 401 problem carries the security headers")]
    [TestCase("GET", "/api/no-such-endpoint", TestName = "A 404 for an unknown path carries the security headers")]
    [TestCase("GET", "/health/live", TestName = "A health answer carries the security headers")]
    [TestCase("GET", "/test/boom", TestName = "A 500 problem carries the security headers")]
    public async Task Every_answer_forbids_sniffing_framing_and_referrers(string method, string path)
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(response.Header("X-Frame-Options"), Is.EqualTo("DENY"));
            Assert.That(response.Header("Referrer-Policy"), Is.EqualTo("no-referrer"));
            Assert.That(response.Header("Content-Security-Policy"), Is.EqualTo(ApiPolicy));
        }
    }

    [Test]
    public async Task Register_login_refresh_current_user_and_admin_answers_are_never_stored()
    {
        var account = TestAccount.Named("cached");
        var admin = await AdminSessions.AdminAsync();

        using var register = await PostAsync("/api/users", new { user = new { username = account.Username, email = account.Email, password = account.Password } });
        using var login = await PostAsync("/api/users/login", new { user = new { email = account.Email, password = account.Password } });
        var refreshToken = (await login.Content.ReadFromJsonAsync<LoginEnvelope>())!.User.RefreshToken;
        using var refresh = await PostAsync("/api/users/refresh", new { refreshToken });
        using var currentUser = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/user").WithAuthorization(admin.AccessToken));
        using var adminUsers = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/admin/users").WithAuthorization(admin.AccessToken));

        using (Assert.EnterMultipleScope())
        {
            foreach (var (name, response, status) in new[]
            {
                ("register", register, HttpStatusCode.Created),
                ("login", login, HttpStatusCode.OK),
                ("refresh", refresh, HttpStatusCode.OK),
                ("current user", currentUser, HttpStatusCode.OK),
                ("admin users", adminUsers, HttpStatusCode.OK),
            })
            {
                Assert.That(response.StatusCode, Is.EqualTo(status), name);
                Assert.That(response.HeaderValues("Cache-Control"), Does.Contain("no-store"), name);
            }
        }
    }

    [Test]
    public async Task Swagger_ui_is_served_with_its_own_policy_under_which_all_it_loads_is_same_origin()
    {
        using var page = await _http.GetAsync("/swagger/index.html");
        var html = await page.Content.ReadAsStringAsync();
        var policy = page.Header("Content-Security-Policy");
        var assets = AssetReference().Matches(html).Select(match => match.Groups["url"].Value).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(policy, Does.Contain("script-src 'self'").And.Contain("style-src 'self'").And.Contain("connect-src 'self'"));
            Assert.That(policy, Does.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-eval"));
            Assert.That(InlineScript().IsMatch(html), Is.False, "script-src 'self' would block an inline script");
            Assert.That(assets, Is.Not.Empty);
        }

        // Everything the page loads comes from the API's own origin, which script-src/style-src 'self' allow.
        foreach (var asset in assets)
        {
            Assert.That(Uri.TryCreate(asset, UriKind.Relative, out _), Is.True, $"{asset} is not same-origin");
            using var loaded = await _http.GetAsync(new Uri(new Uri(_http.BaseAddress!, "/swagger/"), asset));
            Assert.That(loaded.StatusCode, Is.EqualTo(HttpStatusCode.OK), asset);
        }
    }

    [Test]
    public void Kestrel_is_told_not_to_send_a_server_header()
    {
        var kestrel = FunctionalTestEnvironment.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.That(kestrel.AddServerHeader, Is.False);
    }

    private Task<HttpResponseMessage> PostAsync(string path, object body) => _http.PostAsJsonAsync(path, body);

    [GeneratedRegex("""<(?:script|link)[^>]+(?:src|href)="(?<url>[^"]+)""")]
    private static partial Regex AssetReference();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();

    private sealed record LoginEnvelope(LoginUser User);

    private sealed record LoginUser(string RefreshToken);
}
