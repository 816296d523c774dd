using System.Security.Cryptography;
using System.Text;
using CleanBackend.Infrastructure.Observability;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.Observability;

public static class MetricsEndpoint
{
    /// <summary>
    /// GET /metrics in the Prometheus text format. With Metrics:Token set, scrapes must send it as a
    /// bearer token; with Metrics:Port set, the endpoint answers only on that port (listen on it via
    /// ASPNETCORE_URLS), so it can stay off the public load balancer.
    /// </summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints, MetricsOptions options)
    {
        var route = endpoints.MapMethods("/metrics", [HttpMethods.Get, HttpMethods.Head], WriteAsync).ExcludeFromDescription();
        if (options.Port is { } port)
        {
            route.RequireHost($"*:{port}");
        }

        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, MetricsCollector collector, IOptions<MetricsOptions> options)
    {
        if (options.Value.Token is { Length: > 0 } token && !HasToken(context.Request, token))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        context.Response.ContentType = PrometheusTextFormat.ContentType;
        await context.Response.WriteAsync(PrometheusTextFormat.Write(collector.Collect()), context.RequestAborted);
    }

    private static bool HasToken(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
