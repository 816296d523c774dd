using Serilog;

namespace CleanBackend.WebApi.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Serilog as the host's logger factory (Serilog.AspNetCore), configured from the "Serilog" section (sinks,
    /// formatter, levels per namespace) plus any sink, enricher or filter registered in the container
    /// (docs/decisions/0005).
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
