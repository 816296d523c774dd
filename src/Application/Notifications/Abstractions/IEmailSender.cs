namespace CleanBackend.Application.Notifications.Abstractions;

public interface IEmailSender
{
    /// <summary>
    /// Hands the message to the mail server. Throws <see cref="EmailDeliveryException"/>: permanent when
    /// the server refused this recipient or message (retrying cannot help), otherwise transient.
    /// </summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// A session for sending many messages one after another over one connection (opened on the first send,
    /// closed on dispose). A session is used by one caller at a time; open one per concurrent sender.
    /// </summary>
    IEmailSession OpenSession();
}
