using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Hosting;

/// <summary>HEAD answers like GET, headers and all (RFC 9110 §9.3.2); the server leaves the body out.</summary>
public sealed class HeadRequestTests : ApiTestBase
{
    private HttpClient _http = null!;

    [SetUp]
    public void CreateHttpClient() => _http = FunctionalTestEnvironment.Factory.CreateClient();

    [TearDown]
    public void DisposeHttpClient() => _http.Dispose();

    [Test]
    public async Task Head_on_public_get_endpoints_answers_as_get_does()
    {
        var author = await TestUsers.CreateAsync("author");
        var slug = await Api.PublishSlugAsync(author, "Heads up", "news");

        foreach (var path in new[] { "/api/tags", "/api/articles", $"/api/articles/{slug}", $"/api/articles/{slug}/comments", "/api/profiles/author", "/health/live" })
        {
            await AssertHeadMirrorsGetAsync(path, token: null);
        }
    }

    [Test]
    public async Task Head_on_get_endpoints_that_need_a_token_answers_as_get_does()
    {
        var admin = await AdminSessions.AdminAsync();

        foreach (var path in new[] { "/api/user", "/api/articles/feed", "/api/admin/users", "/api/admin/stats" })
        {
            await AssertHeadMirrorsGetAsync(path, admin.AccessToken);
        }
    }

    [Test]
    public async Task Head_without_the_token_a_get_needs_is_refused_as_the_get_is()
    {
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/user"));

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private async Task AssertHeadMirrorsGetAsync(string path, string? token)
    {
        using var get = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path).WithAuthorization(token));
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path).WithAuthorization(token));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(head.StatusCode, Is.EqualTo(get.StatusCode), $"HEAD {path}");
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {path}");
            Assert.That(head.Content.Headers.ContentType, Is.EqualTo(get.Content.Headers.ContentType), $"HEAD {path} Content-Type");
            Assert.That(head.Header("Cache-Control"), Is.EqualTo(get.Header("Cache-Control")), $"HEAD {path} Cache-Control");
            Assert.That(head.Header("Content-Security-Policy"), Is.EqualTo(get.Header("Content-Security-Policy")), $"HEAD {path} CSP");
        }
    }
}
