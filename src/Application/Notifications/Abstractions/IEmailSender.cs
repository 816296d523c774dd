namespace CleanBackend.Application.Notifications.Abstractions;

public interface IEmailSender
{
    /// <summary>
    /// Hands the message to the mail server. Throws <see cref="EmailDeliveryException"/>: permanent when
    /// the server refused this recipient or message (retrying cannot help), otherwise transient.
    /// </summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
