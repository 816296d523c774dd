using System.Net;
using System.Net.Http.Json;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Hosting;

/// <summary>
/// X-Forwarded-For/-Proto are believed only with ReverseProxy:Enabled and only from a trusted proxy; HSTS is sent
/// only with Hsts:Enabled and only over HTTPS (which, behind a TLS proxy, only the forwarded scheme tells).
/// The in-memory server's connection counts as one from a trusted proxy.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string ClientAddress = "203.0.113.7";

    [Test]
    public async Task Behind_an_enabled_proxy_the_forwarded_client_address_and_scheme_are_used()
    {
        await using var factory = CleanBackendApiFactory.Testing(("ReverseProxy:Enabled", "true"));
        using var client = factory.CreateClient();

        var seen = await ClientAsSeenAsync(client);

        Assert.That(seen, Is.EqualTo(new ClientAsSeen(ClientAddress, "https")));
    }

    [Test]
    public async Task Without_the_proxy_setting_forwarded_headers_are_ignored()
    {
        await using var factory = CleanBackendApiFactory.Testing();
        using var client = factory.CreateClient();

        var seen = await ClientAsSeenAsync(client);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen.RemoteIp, Is.Not.EqualTo(ClientAddress));
            Assert.That(seen.Scheme, Is.EqualTo("http"));
        }
    }

    [Test]
    public async Task Hsts_is_sent_over_the_forwarded_https_when_enabled()
    {
        await using var factory = CleanBackendApiFactory.Testing(("ReverseProxy:Enabled", "true"), ("Hsts:Enabled", "true"));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Forwarded("/api/tags"));

        Assert.That(response.Header("Strict-Transport-Security"), Is.EqualTo("max-age=31536000"));
    }

    [Test]
    public async Task Hsts_is_not_sent_when_the_forwarded_scheme_is_not_believed()
    {
        await using var factory = CleanBackendApiFactory.Testing(("Hsts:Enabled", "true"));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Forwarded("/api/tags"));

        Assert.That(response.Header("Strict-Transport-Security"), Is.Null);
    }

    [Test]
    public async Task Hsts_is_off_by_default_even_over_https()
    {
        await using var factory = CleanBackendApiFactory.Testing(("ReverseProxy:Enabled", "true"));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Forwarded("/api/tags"));

        Assert.That(response.Header("Strict-Transport-Security"), Is.Null);
    }

    [TestCase("ReverseProxy:KnownProxies:0", "10.0.0.300", TestName = "A known proxy that is no IP address refuses to start")]
    [TestCase("ReverseProxy:KnownNetworks:0", "10.0.0.0", TestName = "A known network without a prefix length refuses to start")]
    public async Task An_unparsable_proxy_setting_refuses_to_start(string key, string value)
    {
        await using var factory = CleanBackendApiFactory.Testing((key, value));

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(StartupFailures.MessagesOf(failure), Does.Contain(key[..key.LastIndexOf(':')]).And.Contain(value));
    }

    private static HttpRequestMessage Forwarded(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "api.example";
        request.Headers.Add("X-Forwarded-For", ClientAddress);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    private static async Task<ClientAsSeen> ClientAsSeenAsync(HttpClient client)
    {
        using var response = await client.SendAsync(Forwarded("/test/client"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ClientAsSeen>())!;
    }

    private sealed record ClientAsSeen(string? RemoteIp, string Scheme);
}
