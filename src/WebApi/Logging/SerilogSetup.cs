using Serilog;

namespace CleanBackend.WebApi.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section (sinks, formatter, levels per namespace).
    /// Serilog.AspNetCore is unavailable, so it is plugged in as a plain logging provider.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders().AddSerilog(logger, dispose: true);
        return builder;
    }
}
