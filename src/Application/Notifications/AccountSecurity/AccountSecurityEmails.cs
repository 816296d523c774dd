using System.Globalization;
using System.Net;
using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.AccountSecurity;

/// <summary>The mails of the account-security flows: reset link, verification link, and the notices of changes.</summary>
public static class AccountSecurityEmails
{
    public const string PasswordResetKind = "password_reset";
    public const string PasswordChangedKind = "password_changed";
    public const string EmailVerificationKind = "email_verification";
    public const string EmailChangedKind = "email_changed";

    public static OutboundEmail PasswordReset(string username, string email, string link, DateTimeOffset expiresAt, DateTimeOffset now) =>
        Queue(
            PasswordResetKind,
            email,
            "Reset your Conduit password",
            username,
            [
                "someone (we hope you) asked to reset the password of your Conduit account. To choose a new one, open this link:",
                Link(link),
                $"It works once, until {Utc(expiresAt)}. If you did not ask, ignore this mail: your password stays as it is.",
            ],
            now);

    public static OutboundEmail PasswordChanged(string username, string email, DateTimeOffset now) =>
        Queue(
            PasswordChangedKind,
            email,
            "Your Conduit password was changed",
            username,
            [
                $"your password was changed on {Utc(now)} with a reset link, and every device signed in to your account was signed out.",
                "If this was not you, reset your password again at once and check the e-mail address of your account.",
            ],
            now);

    public static OutboundEmail EmailVerification(string username, string email, string link, DateTimeOffset expiresAt, DateTimeOffset now) =>
        Queue(
            EmailVerificationKind,
            email,
            "Confirm your e-mail address for Conduit",
            username,
            [
                "please confirm that this address is yours by opening this link:",
                Link(link),
                $"It works once, until {Utc(expiresAt)}.",
            ],
            now);

    public static OutboundEmail EmailChanged(string username, string previousEmail, string newEmail, DateTimeOffset now) =>
        Queue(
            EmailChangedKind,
            previousEmail,
            "The e-mail address of your Conduit account was changed",
            username,
            [
                $"on {Utc(now)} the e-mail address of your Conduit account was changed from this one to {newEmail}. Mails about the account now go there.",
                "If this was not you, someone may have access to your account: reset your password and contact us.",
            ],
            now);

    private static Paragraph Link(string url) => new(url, IsLink: true);

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static OutboundEmail Queue(string kind, string recipient, string subject, string username, Paragraph[] paragraphs, DateTimeOffset now)
    {
        var html = string.Concat(paragraphs.Select(paragraph => paragraph.IsLink
            ? $"<p><a href=\"{WebUtility.HtmlEncode(paragraph.Text)}\">{WebUtility.HtmlEncode(paragraph.Text)}</a></p>"
            : $"<p>{WebUtility.HtmlEncode(paragraph.Text)}</p>"));
        var text = string.Concat(paragraphs.Select(paragraph => paragraph.Text + "\n\n"));
        return OutboundEmail.Queue(
            kind,
            recipient,
            subject,
            $"<p>Hello {WebUtility.HtmlEncode(username)},</p>{html}<p>The Conduit team</p>",
            $"Hello {username},\n\n{text}The Conduit team\n",
            now);
    }

    private readonly record struct Paragraph(string Text, bool IsLink = false)
    {
        public static implicit operator Paragraph(string text) => new(text);
    }
}
