using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity;

public static class EmailRules
{
    public const int MaxLength = 254;

    /// <summary>The message for what is wrong with <paramref name="email"/>, or null when it may be used.</summary>
    public static string? ProblemWith(string? email) =>
        string.IsNullOrWhiteSpace(email) ? ValidationMessages.Blank
        : !IsValid(email) ? ValidationMessages.Invalid
        : null;

    /// <summary>
    /// A deliberately small syntax check (one @, a dotted domain, no white space); whether the
    /// mailbox exists is for a confirmation mail to tell, not for a pattern.
    /// </summary>
    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var trimmed = email.Trim();
        if (trimmed.Length > MaxLength || trimmed.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = trimmed.IndexOf('@');
        if (at <= 0 || at != trimmed.LastIndexOf('@'))
        {
            return false;
        }

        var domain = trimmed[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1;
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
