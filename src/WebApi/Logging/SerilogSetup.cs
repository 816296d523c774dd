using Serilog;

namespace CleanBackend.WebApi.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section (sinks, formatter, levels per namespace).
    /// A provider of the host's logger factory, so other providers keep their own levels (docs/decisions/0005).
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
