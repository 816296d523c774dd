using Microsoft.Extensions.Logging;

namespace CleanBackend.Application.UnitTests.Support;

public sealed record LogEntry(LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Properties);
