using System.Net;
using System.Net.Http.Json;
using CleanBackend.WebApi.FunctionalTests.Support;
using CleanBackend.WebApi.Logging;

namespace CleanBackend.WebApi.FunctionalTests.Security;

/// <summary>A host outside Development with one listed origin: what a browser page on that origin, and on others, gets.</summary>
public sealed class CorsTests : ApiTestBase
{
    private const string ListedOrigin = "https://conduit.example";

    private CleanBackendApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        settings["Cors:AllowedOrigins:0"] = ListedOrigin;
        settings["Cors:PreflightMaxAge"] = "00:05:00";
        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [TestCase("/api/users", "POST")]
    [TestCase("/api/users/login", "POST")]
    [TestCase("/api/user", "PUT")]
    [TestCase("/api/articles", "GET")]
    [TestCase("/api/articles/some-slug/comments/1", "DELETE")]
    [TestCase("/api/profiles/someone/follow", "POST")]
    [TestCase("/api/admin/users", "GET")]
    [TestCase("/api/admin/articles/some-slug", "DELETE")]
    public async Task A_preflight_from_a_listed_origin_is_answered_by_the_api_with_204(string path, string method)
    {
        using var response = await _client.SendAsync(CorsRequests.Preflight(path, ListedOrigin, method));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(response.Header(CorsRequests.AllowOrigin), Is.EqualTo(ListedOrigin));
            Assert.That(response.HeaderValues("Access-Control-Allow-Methods"), Does.Contain(method));
            Assert.That(
                response.HeaderValues("Access-Control-Allow-Headers").Select(header => header.ToLowerInvariant()),
                Is.SupersetOf(new[] { "authorization", "content-type" }));
            Assert.That(response.Header("Access-Control-Max-Age"), Is.EqualTo("300"));
            Assert.That(response.Header("Access-Control-Allow-Credentials"), Is.Null, "no credentials unless configured");
            Assert.That(response.Header(CorrelationIdMiddleware.HeaderName), Is.Not.Null, "the API itself answered");
        }
    }

    [TestCase("https://evil.example", TestName = "A preflight from another origin gets no Access-Control-Allow-Origin")]
    [TestCase("https://conduit.example.evil.example", TestName = "A preflight from an origin extending the listed one gets no Access-Control-Allow-Origin")]
    [TestCase("http://conduit.example", TestName = "A preflight from the listed host over http gets no Access-Control-Allow-Origin")]
    [TestCase("https://conduit.example:8443", TestName = "A preflight from the listed host on another port gets no Access-Control-Allow-Origin")]
    [TestCase("http://localhost:4100", TestName = "Outside Development a preflight from localhost gets no Access-Control-Allow-Origin")]
    [TestCase("null", TestName = "A preflight from an opaque origin gets no Access-Control-Allow-Origin")]
    public async Task A_preflight_from_an_origin_not_listed_is_not_allowed(string origin)
    {
        using var response = await _client.SendAsync(CorsRequests.Preflight("/api/users", origin, "POST"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Header(CorsRequests.AllowOrigin), Is.Null);
            Assert.That(response.Header("Access-Control-Allow-Methods"), Is.Null);
        }
    }

    [Test]
    public async Task A_registration_from_a_listed_origin_exposes_location_retry_after_and_the_correlation_id()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/users")
        {
            Content = JsonContent.Create(new { user = new { username = "corsy", email = "corsy@example.com", password = TestAccount.DefaultPassword } }),
        }.From(ListedOrigin);

        using var response = await _client.SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Header(CorsRequests.AllowOrigin), Is.EqualTo(ListedOrigin));
            Assert.That(
                response.HeaderValues("Access-Control-Expose-Headers"),
                Is.SupersetOf(new[] { "Location", "Retry-After", CorrelationIdMiddleware.HeaderName }));
            Assert.That(response.HeaderValues("Vary"), Does.Contain("Origin"));
        }
    }

    [Test]
    public async Task An_authenticated_read_and_an_error_from_a_listed_origin_are_both_readable_by_the_page()
    {
        var session = await TestUsers.CreateAsync("reader");

        using var read = await _client.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, "/api/user").WithAuthorization(session.AccessToken).From(ListedOrigin));
        using var refused = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/user").From(ListedOrigin));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(read.Header(CorsRequests.AllowOrigin), Is.EqualTo(ListedOrigin));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(refused.Header(CorsRequests.AllowOrigin), Is.EqualTo(ListedOrigin), "the page must be able to read the problem");
        }
    }

    [Test]
    public async Task A_request_from_an_origin_not_listed_gets_no_allow_origin()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/tags").From("https://evil.example"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "CORS is enforced by the browser, not by refusing");
            Assert.That(response.Header(CorsRequests.AllowOrigin), Is.Null);
        }
    }
}
