using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// A logging provider added next to Serilog through ConfigureTestServices: it receives every call any
/// logger in the API makes (the level is opened up to Trace for it), with message, exception,
/// structured properties and the scopes active at the time.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scopeProperties = new List<KeyValuePair<string, object?>>();
        var scopes = new List<string>();
        _scopes?.ForEachScope(
            (scope, _) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    scopeProperties.AddRange(pairs);
                }

                scopes.Add(scope?.ToString() ?? string.Empty);
            },
            (object?)null);

        var properties = state is IEnumerable<KeyValuePair<string, object?>> statePairs ? statePairs.ToList() : [];
        _entries.Enqueue(new CapturedLogEntry(
            category, level, eventId, formatter(state, exception), exception?.ToString(), properties, scopeProperties, scopes));
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add(category, logLevel, eventId, state, exception, formatter);
    }
}
