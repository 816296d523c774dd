using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity;

public static class UsernameRules
{
    public const int MinLength = 3;
    public const int MaxLength = 32;

    /// <summary>
    /// The message for what is wrong with <paramref name="username"/>, or null when it may be used; checked in the
    /// order a person fixes them: blank, length, then the characters (ASCII letters, digits, '_' and '-').
    /// </summary>
    public static string? ProblemWith(string? username) =>
        string.IsNullOrWhiteSpace(username) ? ValidationMessages.Blank
        : username.Length < MinLength ? ValidationMessages.TooShort(MinLength)
        : username.Length > MaxLength ? ValidationMessages.TooLong(MaxLength)
        : !username.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? ValidationMessages.Invalid
        : null;

    public static bool IsValid(string? username) => ProblemWith(username) is null;

    /// <summary>Usernames are unique regardless of case, so lookups and the unique index use this form.</summary>
    public static string Normalize(string username) => username.Trim().ToLowerInvariant();
}
