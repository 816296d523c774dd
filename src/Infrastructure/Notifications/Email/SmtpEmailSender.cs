using System.Text;
using CleanBackend.Application.Notifications.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace CleanBackend.Infrastructure.Notifications.Email;

/// <summary>
/// Sends over SMTP with MailKit. A session keeps one connection for consecutive messages (a newsletter batch);
/// a single <see cref="SendAsync"/> is a session of one message. A semaphore bounds how many connections the
/// process holds at once, so concurrent newsletters cannot open hundreds of connections to the server.
/// </summary>
public sealed class SmtpEmailSender : IEmailSender, IDisposable
{
    private static readonly FormatOptions UnfoldedHeaders = CreateUnfoldedHeaderOptions();

    private readonly MailboxAddress _from;

    public SmtpEmailSender(IOptions<SmtpOptions> options)
    {
        Options = options.Value;
        Connections = new SemaphoreSlim(Math.Max(1, Options.MaxConcurrentSends));
        _from = new MailboxAddress(Options.FromDisplayName, Options.FromAddress);
    }

    internal SmtpOptions Options { get; }

    /// <summary>One slot per open connection, held from connecting until the session closes it.</summary>
    internal SemaphoreSlim Connections { get; }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await using var session = OpenSession();
        await session.SendAsync(message, cancellationToken);
    }

    public IEmailSession OpenSession() => new SmtpEmailSession(this);

    public void Dispose() => Connections.Dispose();

    /// <summary>The MIME message: multipart/alternative, plain text first and HTML last (readers show the last part they understand).</summary>
    internal MimeMessage Compose(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(_from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new MultipartAlternative { Part(TextFormat.Plain, message.TextBody), Part(TextFormat.Html, message.HtmlBody) };
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            mime.MessageId = FormatMessageId(message.MessageId);
        }

        foreach (var (name, value) in message.Headers)
        {
            // Unfolded: a folded List-Unsubscribe keeps a leading space in some readers, which breaks the link.
            var header = new Header(name, string.Empty);
            header.SetValue(UnfoldedHeaders, Encoding.UTF8, value);
            mime.Headers.Add(header);
        }

        return mime;
    }

    /// <summary>
    /// The Message-ID for <paramref name="messageId"/>: an id without '@' gets the sender address's domain,
    /// so callers can pass a plain stable key (an outbox row id) and still produce a well-formed id.
    /// </summary>
    private string FormatMessageId(string messageId) =>
        messageId.Contains('@', StringComparison.Ordinal) ? messageId : $"{messageId}@{_from.Domain}";

    private static FormatOptions CreateUnfoldedHeaderOptions()
    {
        var options = FormatOptions.Default.Clone();
        options.MaxLineLength = 998;
        return options;
    }

    private static TextPart Part(TextFormat format, string content)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        return part;
    }
}
