using System.Net.Mail;
using System.Net.Sockets;
using CleanBackend.Application.Notifications.Abstractions;

namespace CleanBackend.Infrastructure.Notifications.Email;

/// <summary>
/// Turns what System.Net.Mail throws into <see cref="EmailDeliveryException"/>: permanent only when the server
/// refused this mailbox or this message (5xx mailbox statuses), transient for everything a later attempt can cure:
/// 4xx answers, connection failures and timeouts, and also server-wide 5xx answers such as a refused login,
/// which are configuration errors that must not mark every queued message as undeliverable.
/// </summary>
public static class SmtpFailureClassifier
{
    private static readonly HashSet<SmtpStatusCode> PermanentMailboxStatuses =
    [
        SmtpStatusCode.MailboxUnavailable,          // 550
        SmtpStatusCode.UserNotLocalTryAlternatePath, // 551
        SmtpStatusCode.ExceededStorageAllocation,   // 552
        SmtpStatusCode.MailboxNameNotAllowed,       // 553
        SmtpStatusCode.TransactionFailed,           // 554
    ];

    public static EmailDeliveryException Classify(Exception exception, string recipient) => exception switch
    {
        EmailDeliveryException delivery => delivery,
        SmtpFailedRecipientException refused => new EmailDeliveryException(
            $"The mail server refused {recipient}: {(int)refused.StatusCode} {refused.Message}",
            IsPermanentRecipientStatus(refused.StatusCode),
            exception),
        SmtpException smtp => new EmailDeliveryException(
            $"The mail server answered {(int)smtp.StatusCode}: {Describe(smtp)}",
            PermanentMailboxStatuses.Contains(smtp.StatusCode),
            exception),

        // An address System.Net.Mail cannot even parse will never be deliverable.
        FormatException => new EmailDeliveryException($"'{recipient}' is not a usable e-mail address.", isPermanent: true, exception),
        SocketException or IOException or TimeoutException or OperationCanceledException => new EmailDeliveryException(
            $"The mail server could not be reached: {Describe(exception)}", isPermanent: false, exception),
        _ => new EmailDeliveryException($"Sending failed: {Describe(exception)}", isPermanent: false, exception),
    };

    /// <summary>The message with its causes ("Failure sending mail." alone does not say the connection was refused).</summary>
    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" → ", messages.Distinct());
    }

    // A recipient refused with a syntax error (501) is as hopeless as an unknown mailbox.
    private static bool IsPermanentRecipientStatus(SmtpStatusCode status) =>
        PermanentMailboxStatuses.Contains(status) || status == SmtpStatusCode.SyntaxError;
}
