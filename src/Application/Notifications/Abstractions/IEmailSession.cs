namespace CleanBackend.Application.Notifications.Abstractions;

/// <summary>One connection to the mail server, reused for consecutive messages; see <see cref="IEmailSender.OpenSession"/>.</summary>
public interface IEmailSession : IAsyncDisposable
{
    /// <summary>Like <see cref="IEmailSender.SendAsync"/>; after a failure the next send reconnects if it has to.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
