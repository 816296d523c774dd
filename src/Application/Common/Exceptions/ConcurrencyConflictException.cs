namespace CleanBackend.Application.Common.Exceptions;

/// <summary>Another request changed the same data first; the caller may retry with fresh data.</summary>
public sealed class ConcurrencyConflictException(string resource, Exception? innerException = null)
    : RequestFailedException($"The {resource} was changed by another request.", innerException)
{
    public string Resource { get; } = resource;
}
