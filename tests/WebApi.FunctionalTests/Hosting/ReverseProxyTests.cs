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

    [TestCase("true", "true", "max-age=31536000", TestName = "HSTS is sent over the forwarded HTTPS when enabled")]
    [TestCase("false", "true", null, TestName = "HSTS is not sent when the forwarded scheme is not believed")]
    [TestCase("true", "false", null, TestName = "HSTS is off unless enabled, even over HTTPS")]
    public async Task Hsts_needs_both_settings_and_https(string reverseProxyEnabled, string hstsEnabled, string? expected)
    {
        await using var factory = CleanBackendApiFactory.Testing(("ReverseProxy:Enabled", reverseProxyEnabled), ("Hsts:Enabled", hstsEnabled));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Forwarded("/api/tags"));

        Assert.That(response.Header("Strict-Transport-Security"), Is.EqualTo(expected));
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
