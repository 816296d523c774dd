using System.Net;
using System.Net.Http.Headers;
using CleanBackend.TestSupport.Prometheus;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>GET /metrics as a scraper does it: status, content type and the parsed exposition.</summary>
public sealed record MetricsScrape(HttpStatusCode StatusCode, MediaTypeHeaderValue? ContentType, string Body)
{
    public PrometheusExposition Exposition => PrometheusExposition.Parse(Body);

    public static async Task<MetricsScrape> GetAsync(HttpClient client, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (bearerToken is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearerToken}");
        }

        using var response = await client.SendAsync(request);
        return new MetricsScrape(response.StatusCode, response.Content.Headers.ContentType, await response.Content.ReadAsStringAsync());
    }
}
