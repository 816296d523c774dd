using Serilog;
using Serilog.Configuration;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>What Serilog.Settings.Configuration calls for <c>"WriteTo": [ "TestCapture" ]</c>.</summary>
public static class SerilogCaptureSinkExtensions
{
    public static LoggerConfiguration TestCapture(this LoggerSinkConfiguration sinkConfiguration) =>
        sinkConfiguration.Sink(SerilogCapture.Instance);
}
