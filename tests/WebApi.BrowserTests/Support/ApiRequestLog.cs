using System.Text.Json;

namespace CleanBackend.WebApi.BrowserTests.Support;

/// <summary>
/// The request lines a Production API process wrote (one JSON object per line, see appsettings.json): the proof
/// that a request, a CORS preflight among them, reached the API and what the API answered.
/// </summary>
public static class ApiRequestLog
{
    private const string RequestLineTemplate = "HTTP {Method} {Route} responded {StatusCode}";

    public static IReadOnlyList<ApiRequestLine> Read(string processOutput) =>
        processOutput.Split('\n').Select(Parse).OfType<ApiRequestLine>().ToList();

    private static ApiRequestLine? Parse(string line)
    {
        if (!line.TrimStart().StartsWith('{'))
        {
            return null;
        }

        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        if (!root.TryGetProperty("MessageTemplate", out var template) || template.GetString()?.StartsWith(RequestLineTemplate, StringComparison.Ordinal) != true)
        {
            return null;
        }

        var properties = root.GetProperty("Properties");
        return new ApiRequestLine(
            properties.GetProperty("Method").GetString()!,
            properties.GetProperty("Route").GetString()!,
            properties.GetProperty("StatusCode").GetInt32(),
            properties.TryGetProperty("CorrelationId", out var correlationId) ? correlationId.GetString() : null);
    }
}
