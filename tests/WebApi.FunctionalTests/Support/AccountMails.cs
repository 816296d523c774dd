using System.Text.RegularExpressions;
using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Mail;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// The account mails (welcome, reset and verification links, change notices) as they reach the shared sink, told
/// apart by the kind the Message-ID starts with, and the token inside their links.
/// </summary>
public static class AccountMails
{
    public const string Welcome = "welcome";
    public const string PasswordReset = "password_reset";
    public const string PasswordChanged = "password_changed";
    public const string EmailVerification = "email_verification";
    public const string EmailChanged = "email_changed";

    /// <summary>The pages of <c>Notifications:AccountLinks</c> in <see cref="TestHostSettings"/>.</summary>
    public const string PasswordResetPage = "http://localhost/reset-password";
    public const string EmailVerificationPage = "http://localhost/verify-email";

    /// <summary>The mails of <paramref name="kind"/> that reached <paramref name="recipient"/> so far, oldest first.</summary>
    public static async Task<IReadOnlyList<ReceivedMail>> OfKindToAsync(this MailSink sink, string recipient, string kind) =>
        (await sink.MessagesToAsync(recipient)).Where(mail => IsOfKind(mail, kind)).ToList();

    /// <summary>
    /// Waits until <paramref name="count"/> mails of <paramref name="kind"/> reached <paramref name="recipient"/> and
    /// returns them; fails with what did arrive. The deadline only bounds a failing run.
    /// </summary>
    public static async Task<IReadOnlyList<ReceivedMail>> WaitForKindAsync(this MailSink sink, string recipient, string kind, int count = 1)
    {
        IReadOnlyList<ReceivedMail> mails = [];
        var arrived = await Polling.UntilAsync(
            async () => (mails = await sink.OfKindToAsync(recipient, kind)).Count >= count,
            TimeSpan.FromSeconds(30));
        if (!arrived)
        {
            var all = await sink.MessagesToAsync(recipient);
            Assert.Fail($"{mails.Count} of {count} '{kind}' mail(s) reached {recipient}; it got: {string.Join(", ", all.Select(mail => mail.MessageId))}");
        }

        return mails;
    }

    /// <summary>Waits for the only mail of <paramref name="kind"/> to <paramref name="recipient"/> and returns it.</summary>
    public static async Task<ReceivedMail> WaitForSingleAsync(this MailSink sink, string recipient, string kind) =>
        (await sink.WaitForKindAsync(recipient, kind)).Single();

    /// <summary>
    /// The token of the link to <paramref name="page"/>; fails unless the text and the HTML part carry the same
    /// single link, since a client may open either.
    /// </summary>
    public static string LinkToken(this ReceivedMail mail, string page)
    {
        var pattern = new Regex(Regex.Escape(page) + @"\?token=([A-Za-z0-9_-]+)");
        var inText = pattern.Matches(mail.Text ?? string.Empty).Select(match => match.Groups[1].Value).Distinct().ToList();
        var inHtml = pattern.Matches(mail.Html ?? string.Empty).Select(match => match.Groups[1].Value).Distinct().ToList();
        Assert.That(inText, Has.Count.EqualTo(1), $"one link to {page} in the text of {mail.MessageId}: {mail.Text}");
        Assert.That(inHtml, Is.EqualTo(inText), $"the HTML of {mail.MessageId} links to the same token");
        return inText[0];
    }

    private static bool IsOfKind(ReceivedMail mail, string kind) =>
        mail.MessageId?.StartsWith($"<{kind}.", StringComparison.Ordinal) == true;
}
