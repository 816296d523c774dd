namespace CleanBackend.Domain.Identity;

public static class UsernameRules
{
    public const int MinLength = 3;
    public const int MaxLength = 32;

    public static bool HasAllowedCharacters(string username) =>
        username.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public static bool IsValid(string? username) =>
        username is { Length: >= MinLength and <= MaxLength } && HasAllowedCharacters(username);

    /// <summary>Usernames are unique regardless of case, so lookups and the unique index use this form.</summary>
    public static string Normalize(string username) => username.Trim().ToLowerInvariant();
}
