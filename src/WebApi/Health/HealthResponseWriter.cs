using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CleanBackend.WebApi.Health;

public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Every check's status and timing, so an operator sees which dependency is failing.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Description,
                    durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                    error = entry.Value.Exception?.Message,
                }),
        };
        return context.Response.WriteAsJsonAsync(body, SerializerOptions, context.RequestAborted);
    }
}
