using System.Net.Sockets;
using CleanBackend.Application.Notifications.Abstractions;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CleanBackend.Infrastructure.Notifications.Email;

/// <summary>
/// Turns what MailKit throws into <see cref="EmailDeliveryException"/>, from the exception's fields and never its
/// text. Permanent only when the server refused this recipient or this message with a 5xx mailbox status;
/// transient for everything a later attempt can cure: 4xx answers, connection and protocol failures, timeouts,
/// and also server-wide 5xx answers (a refused sender or login), which are configuration errors that must not
/// mark every queued message as undeliverable.
/// </summary>
public static class SmtpFailureClassifier
{
    private const int SyntaxErrorInParameters = 501;

    // 550 mailbox unavailable, 551 user not local, 552 storage exceeded, 553 mailbox name not allowed, 554 transaction failed.
    private const int FirstMailboxStatus = 550;
    private const int LastMailboxStatus = 554;

    public static EmailDeliveryException Classify(Exception exception, string recipient) => exception switch
    {
        EmailDeliveryException delivery => delivery,
        SmtpCommandException command => FromCommand(command, recipient),

        // An address MimeKit cannot even parse will never be deliverable.
        ParseException => new EmailDeliveryException($"'{recipient}' is not a usable e-mail address.", isPermanent: true, exception),
        AuthenticationException => new EmailDeliveryException(
            $"The mail server refused the login: {exception.Message}", isPermanent: false, exception),
        SocketException or IOException or TimeoutException or OperationCanceledException or ProtocolException or ServiceNotConnectedException
            => new EmailDeliveryException($"The mail server could not be reached: {Describe(exception)}", isPermanent: false, exception),
        _ => new EmailDeliveryException($"Sending failed: {Describe(exception)}", isPermanent: false, exception),
    };

    private static EmailDeliveryException FromCommand(SmtpCommandException command, string recipient)
    {
        var status = (int)command.StatusCode;
        var isMailboxStatus = status is >= FirstMailboxStatus and <= LastMailboxStatus;
        return command.ErrorCode switch
        {
            // A recipient refused with a syntax error (501) is as hopeless as an unknown mailbox.
            SmtpErrorCode.RecipientNotAccepted => new EmailDeliveryException(
                $"The mail server refused {command.Mailbox?.Address ?? recipient}: {status} {command.Message}",
                isMailboxStatus || status == SyntaxErrorInParameters,
                command),
            SmtpErrorCode.MessageNotAccepted => new EmailDeliveryException(
                $"The mail server refused the message to {recipient}: {status} {command.Message}", isMailboxStatus, command),
            SmtpErrorCode.SenderNotAccepted => new EmailDeliveryException(
                $"The mail server refused the sender {command.Mailbox?.Address}: {status} {command.Message}", isPermanent: false, command),
            _ => new EmailDeliveryException($"The mail server answered {status}: {command.Message}", isPermanent: false, command),
        };
    }

    /// <summary>The message with its causes (an I/O error alone does not say the connection was refused).</summary>
    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" → ", messages.Distinct());
    }
}
