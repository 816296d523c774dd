using Microsoft.Extensions.Logging;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>One Microsoft.Extensions.Logging call as a provider received it.</summary>
public sealed record CapturedLogEntry(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    string? Exception,
    IReadOnlyList<KeyValuePair<string, object?>> Properties,
    IReadOnlyList<KeyValuePair<string, object?>> ScopeProperties,
    IReadOnlyList<string> Scopes)
{
    /// <summary>The structured property <paramref name="name"/> of the message, or null.</summary>
    public object? Property(string name) => Properties.FirstOrDefault(property => property.Key == name).Value;

    /// <summary>Every piece of text the entry would hand a sink: message, exception, properties and scopes.</summary>
    public IEnumerable<string> AllText()
    {
        yield return Message;
        if (Exception is not null)
        {
            yield return Exception;
        }

        foreach (var property in Properties.Concat(ScopeProperties))
        {
            yield return $"{property.Key}={property.Value}";
        }

        foreach (var scope in Scopes)
        {
            yield return scope;
        }
    }
}
