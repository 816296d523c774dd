using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using CleanBackend.Application.Notifications.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Notifications.Email;

/// <summary>
/// Sends over SMTP with System.Net.Mail (MailKit is not available). An SmtpClient is not thread-safe and opens a
/// connection per message anyway, so each send gets its own client; a semaphore bounds how many run at once so a
/// newsletter cannot open hundreds of connections to the server.
/// </summary>
public sealed class SmtpEmailSender : IEmailSender, IDisposable
{
    private readonly SmtpOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly MailAddress _from;

    public SmtpEmailSender(IOptions<SmtpOptions> options)
    {
        _options = options.Value;
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentSends));
        _from = new MailAddress(_options.FromAddress, _options.FromDisplayName, Encoding.UTF8);
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            using var mail = Compose(message);
            using var client = CreateClient();

            // SmtpClient.Timeout only bounds the synchronous Send; the async path is bounded here.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                await client.SendMailAsync(mail, timeout.Token);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                // Callers log the outcome with what they know of the message (outbox row, delivery).
                throw SmtpFailureClassifier.Classify(exception, message.To);
            }
        }
        catch (FormatException exception)
        {
            throw SmtpFailureClassifier.Classify(exception, message.To);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>
    /// The Message-ID header for <paramref name="messageId"/>: an id without '@' gets the sender address's domain,
    /// so callers can pass a plain stable key (an outbox row id) and still produce a well-formed id.
    /// </summary>
    private string FormatMessageId(string messageId) =>
        messageId.Contains('@', StringComparison.Ordinal) ? $"<{messageId}>" : $"<{messageId}@{_from.Host}>";

    private MailMessage Compose(EmailMessage message)
    {
        var mail = new MailMessage
        {
            From = _from,
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        try
        {
            mail.To.Add(new MailAddress(message.To));

            // multipart/alternative: plain text first, HTML last, since readers show the last part they understand.
            mail.AlternateViews.Add(View(message.TextBody, MediaTypeNames.Text.Plain));
            mail.AlternateViews.Add(View(message.HtmlBody, MediaTypeNames.Text.Html));

            if (!string.IsNullOrWhiteSpace(message.MessageId))
            {
                mail.Headers["Message-ID"] = FormatMessageId(message.MessageId);
            }

            foreach (var (name, value) in message.Headers)
            {
                mail.Headers[name] = value;
            }

            return mail;
        }
        catch
        {
            mail.Dispose();
            throw;
        }
    }

    private static AlternateView View(string content, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }

    private SmtpClient CreateClient()
    {
        var client = new SmtpClient(_options.Host, _options.Port)
        {
            EnableSsl = _options.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)Math.Min(int.MaxValue, _options.Timeout.TotalMilliseconds),
        };
        if (!string.IsNullOrEmpty(_options.Username))
        {
            client.UseDefaultCredentials = false;
            client.Credentials = new NetworkCredential(_options.Username, _options.Password);
        }

        return client;
    }
}
