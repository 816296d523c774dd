using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Security;

/// <summary>In Development, with no origin configured, a front end's dev server on this machine just works.</summary>
public sealed class DevelopmentCorsTests
{
    private CleanBackendApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        _factory = new CleanBackendApiFactory("Development", TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString));
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [TestCase("http://localhost:4100")]
    [TestCase("http://127.0.0.1:4100")]
    [TestCase("http://localhost:5173")]
    [TestCase("http://127.0.0.1")]
    public async Task A_loopback_dev_server_origin_is_allowed(string origin)
    {
        using var response = await _client.SendAsync(CorsRequests.Preflight("/api/users", origin, "POST"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(response.Header(CorsRequests.AllowOrigin), Is.EqualTo(origin));
        }
    }

    [TestCase("http://localhost.evil.example:4100", TestName = "A host that merely starts with localhost is refused")]
    [TestCase("http://127.0.0.1.nip.io:4100", TestName = "A host that merely starts with 127.0.0.1 is refused")]
    [TestCase("http://localhost:4100@evil.example", TestName = "A loopback-looking user-info in front of another host is refused")]
    [TestCase("http://localhost:4100/app", TestName = "A URL with a path is no origin and is refused")]
    [TestCase("https://evil.example", TestName = "A remote origin is refused in Development too")]
    [TestCase("ftp://localhost:4100", TestName = "A loopback origin of another scheme is refused")]
    public async Task An_origin_that_only_looks_like_loopback_is_refused(string origin)
    {
        using var response = await _client.SendAsync(CorsRequests.Preflight("/api/users", origin, "POST"));

        Assert.That(response.Header(CorsRequests.AllowOrigin), Is.Null);
    }
}
