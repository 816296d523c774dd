using CleanBackend.Application.Notifications.Abstractions;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CleanBackend.Infrastructure.Notifications.Email;

/// <summary>
/// One SMTP connection reused for consecutive messages: connected (and authenticated) on the first send, kept
/// after a refused recipient or message (MailKit resets the transaction), dropped after any connection or
/// protocol failure so that the next send starts afresh.
/// </summary>
internal sealed class SmtpEmailSession(SmtpEmailSender sender) : IEmailSession
{
    private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(5);

    private readonly SmtpClient _client = new() { Timeout = (int)Math.Min(int.MaxValue, sender.Options.Timeout.TotalMilliseconds) };
    private bool _holdsConnectionSlot;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        MimeMessage mime;
        try
        {
            mime = sender.Compose(message);
        }
        catch (ParseException exception)
        {
            throw SmtpFailureClassifier.Classify(exception, message.To);
        }

        using (mime)
        {
            // One message may take Smtp:Timeout from connecting to the server's final answer.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(sender.Options.Timeout);
            try
            {
                await EnsureConnectedAsync(timeout.Token);
                await _client.SendAsync(mime, timeout.Token);
            }
            catch (Exception exception) when (exception is not SmtpCommandException)
            {
                // The connection is in an unknown state (cut, timed out mid-command, protocol error): never reuse it.
                await CloseAsync(quit: false);
                if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw SmtpFailureClassifier.Classify(exception, message.To);
            }
            catch (SmtpCommandException exception)
            {
                // Callers log the outcome with what they know of the message (outbox row, delivery).
                throw SmtpFailureClassifier.Classify(exception, message.To);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync(quit: true);
        _client.Dispose();
    }

    private async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            return;
        }

        if (!_holdsConnectionSlot)
        {
            await sender.Connections.WaitAsync(cancellationToken);
            _holdsConnectionSlot = true;
        }

        var options = sender.Options;
        await _client.ConnectAsync(options.Host, options.Port, options.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(options.Username))
        {
            await _client.AuthenticateAsync(options.Username, options.Password ?? string.Empty, cancellationToken);
        }
    }

    private async Task CloseAsync(bool quit)
    {
        if (_client.IsConnected)
        {
            using var timeout = new CancellationTokenSource(QuitTimeout);
            try
            {
                await _client.DisconnectAsync(quit, timeout.Token);
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ProtocolException or ServiceNotConnectedException or SmtpCommandException)
            {
                // Closing is best effort: every message of the session already has its outcome.
            }
        }

        if (_holdsConnectionSlot)
        {
            _holdsConnectionSlot = false;
            sender.Connections.Release();
        }
    }
}
