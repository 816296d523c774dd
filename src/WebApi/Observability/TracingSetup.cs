using CleanBackend.Application.Common.Behaviours;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CleanBackend.WebApi.Observability;

public static class TracingSetup
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    // ASP.NET Core's hosting spans, Npgsql's command spans and the application's own pipeline spans.
    private static readonly string[] Sources = ["Microsoft.AspNetCore", "Npgsql", ApplicationActivitySource.Name];

    /// <summary>
    /// Exports traces over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise nothing listens
    /// to the activity sources and they create no spans at all. The standard OTEL_* variables
    /// (protocol, headers, service name) configure the exporter.
    /// </summary>
    public static IServiceCollection AddTracing(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]))
        {
            return services;
        }

        // The hosting extension builds the provider as the host starts and disposes (flushes) it at shutdown.
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "cleanbackend"))
            .WithTracing(tracing => tracing.AddSource(Sources).AddOtlpExporter());
        return services;
    }
}
