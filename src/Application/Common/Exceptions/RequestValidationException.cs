namespace CleanBackend.Application.Common.Exceptions;

/// <summary>The request is well-formed but breaks one or more rules; <see cref="Errors"/> names every failing field.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : RequestFailedException("One or more validation errors occurred.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
