using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Security;

/// <summary>A CORS setting that cannot work, or would be unsafe, stops the start instead of surprising a browser later.</summary>
public sealed class CorsConfigurationTests
{
    [Test]
    public async Task A_wildcard_origin_together_with_credentials_refuses_to_start()
    {
        await using var factory = CleanBackendApiFactory.Testing(("Cors:AllowedOrigins:0", "*"), ("Cors:AllowCredentials", "true"));

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(StartupFailures.MessagesOf(failure), Does.Contain("Cors:AllowCredentials"));
    }

    [TestCase("https://app.example/", TestName = "An allowed origin with a trailing slash refuses to start")]
    [TestCase("app.example", TestName = "An allowed origin without a scheme refuses to start")]
    [TestCase("https://*.app.example", TestName = "An allowed origin with a wildcard host refuses to start")]
    public async Task An_entry_that_is_no_origin_refuses_to_start(string origin)
    {
        await using var factory = CleanBackendApiFactory.Testing(("Cors:AllowedOrigins:0", origin));

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(StartupFailures.MessagesOf(failure), Does.Contain("Cors:AllowedOrigins").And.Contain(origin));
    }

    [Test]
    public async Task A_wildcard_origin_without_credentials_allows_any_page_with_the_wildcard()
    {
        await using var factory = CleanBackendApiFactory.Testing(("Cors:AllowedOrigins:0", "*"));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(CorsRequests.Preflight("/api/articles", "https://anyone.example", "GET"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(response.Header(CorsRequests.AllowOrigin), Is.EqualTo("*"));
            Assert.That(response.Header("Access-Control-Allow-Credentials"), Is.Null);
        }
    }
}
