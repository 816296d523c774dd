using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// A Serilog sink that keeps what the API's own logger writes to it, after the API's real Serilog pipeline
/// (configured levels, <c>Enrich.FromLogContext</c>). A host reaches it one of two ways: its configuration
/// names it (<see cref="Settings"/>, <see cref="SerilogCaptureSinkExtensions"/>), which Serilog resolves to
/// the one process-wide <see cref="Instance"/> (the functional tests run one fixture at a time), or an
/// instance of its own is registered as an <c>ILogEventSink</c> in the host's container.
/// </summary>
public sealed class SerilogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public static SerilogCapture Instance { get; } = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>
    /// The factory settings that add this sink to the API's Serilog configuration, at Information level.
    /// The sink is named in the string form (<c>"WriteTo": [ …, "TestCapture" ]</c>): WebApplicationFactory
    /// hands settings on with their parent sections as empty strings, and Serilog would take the empty
    /// value of a <c>WriteTo:1</c> section with Name/Args children as a method name.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        // Index 1: appsettings.json holds Using:0 (the console sink's assembly) and WriteTo:0 (the console).
        ["Serilog:Using:1"] = typeof(SerilogCapture).Assembly.GetName().Name,
        ["Serilog:WriteTo:1"] = nameof(SerilogCaptureSinkExtensions.TestCapture),
        ["Serilog:MinimumLevel"] = "Information",
    };

    public void Clear() => _events.Clear();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The scalar value of <paramref name="property"/> in <paramref name="logEvent"/>, or null.</summary>
    public static object? ScalarOf(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
