using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// Keeps what was logged. Moq cannot stand in for <c>ILogger&lt;T&gt;</c> when T is internal to Infrastructure
/// (Castle would need InternalsVisibleTo for its proxy assembly), so this small fake does instead.
/// </summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, Exception? Exception, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, Exception? Exception, string Message)> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, exception, formatter(state, exception)));
}
