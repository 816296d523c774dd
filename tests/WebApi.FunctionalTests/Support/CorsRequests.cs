using System.Net.Http.Headers;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>Requests as a browser sends them for a page on another origin, and the CORS headers of the answers.</summary>
public static class CorsRequests
{
    public const string AllowOrigin = "Access-Control-Allow-Origin";

    /// <summary>The preflight a browser sends before <paramref name="method"/> with JSON and a token from <paramref name="origin"/>.</summary>
    public static HttpRequestMessage Preflight(string path, string origin, string method) =>
        new(HttpMethod.Options, path)
        {
            Headers =
            {
                { "Origin", origin },
                { "Access-Control-Request-Method", method },
                { "Access-Control-Request-Headers", "authorization,content-type" },
            },
        };

    /// <summary>A request from a page on <paramref name="origin"/>.</summary>
    public static HttpRequestMessage From(this HttpRequestMessage request, string origin)
    {
        request.Headers.Add("Origin", origin);
        return request;
    }

    /// <summary>Every value of <paramref name="name"/> (comma lists split, trimmed), or none when it is absent.</summary>
    public static IReadOnlyList<string> HeaderValues(this HttpResponseMessage response, string name) =>
        Values(response.Headers, name).Concat(Values(response.Content.Headers, name))
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    /// <summary>The single value of <paramref name="name"/>, or null when it is absent.</summary>
    public static string? Header(this HttpResponseMessage response, string name) =>
        Values(response.Headers, name).Concat(Values(response.Content.Headers, name)).SingleOrDefault();

    private static IEnumerable<string> Values(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values : [];
}
