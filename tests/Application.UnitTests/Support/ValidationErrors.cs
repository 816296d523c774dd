using FluentValidation;

namespace CleanBackend.Application.UnitTests.Support;

internal static class ValidationErrors
{
    /// <summary>The failures of one validation run as field name → messages, the shape clients receive.</summary>
    public static Dictionary<string, string[]> Of<T>(IValidator<T> validator, T instance) =>
        validator.Validate(instance).Errors
            .GroupBy(failure => failure.PropertyName, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).ToArray(), StringComparer.Ordinal);
}
