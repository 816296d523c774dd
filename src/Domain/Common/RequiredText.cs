namespace CleanBackend.Domain.Common;

/// <summary>
/// Text that must show at least one character that is not white space and be at most <see cref="MaxLength"/>
/// UTF-16 units long. The entity that stores it and the validator of the request that carries it both ask
/// <see cref="ProblemWith"/>, so they refuse the same values with the same message.
/// </summary>
public sealed class RequiredText(int maxLength)
{
    public int MaxLength { get; } = maxLength;

    /// <summary>The message for what is wrong with <paramref name="text"/>, or null when it may be stored.</summary>
    public string? ProblemWith(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ValidationMessages.Blank
        : text.Length > MaxLength ? ValidationMessages.TooLong(MaxLength)
        : null;

    public string Require(string field, string? text)
    {
        DomainRuleViolationException.ThrowIfBroken(field, ProblemWith(text));
        return text!;
    }
}
