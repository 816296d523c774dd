using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Application.Notifications.AccountSecurity;

/// <summary>
/// The <c>Notifications:AccountLinks</c> section: the pages the links in account mails open, usually the front
/// end's, which post the token to the API. The token is appended as the query parameter <c>token</c>.
/// </summary>
public sealed class AccountLinkOptions
{
    public const string SectionName = "Notifications:AccountLinks";

    /// <summary>Opens a form for the new password, which posts <c>{token, password}</c> to <c>/api/users/password-reset/confirm</c>.</summary>
    [Required]
    public string PasswordResetUrl { get; set; } = "http://127.0.0.1:4100/reset-password";

    /// <summary>Posts <c>{token}</c> to <c>/api/users/email-verification/confirm</c>.</summary>
    [Required]
    public string EmailVerificationUrl { get; set; } = "http://127.0.0.1:4100/verify-email";

    public bool IsValid => IsAbsoluteHttpUrl(PasswordResetUrl) && IsAbsoluteHttpUrl(EmailVerificationUrl);

    public string PasswordResetLink(string token) => WithToken(PasswordResetUrl, token);

    public string EmailVerificationLink(string token) => WithToken(EmailVerificationUrl, token);

    private static string WithToken(string url, string token) =>
        $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}token={Uri.EscapeDataString(token)}";

    private static bool IsAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
