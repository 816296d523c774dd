namespace CleanBackend.Domain.Notifications;

/// <summary>
/// One e-mail in the outbox: written in the transaction of the change it is about, sent later by a background
/// job, so it is neither lost when the mail server is down nor sent for a change that was rolled back. Its
/// <see cref="MessageId"/> is fixed when it is queued, so a re-send after a crash carries the same Message-ID.
/// </summary>
public sealed class OutboundEmail
{
    public const int MaxKindLength = 64;
    public const int MaxRecipientLength = 320;
    public const int MaxMessageIdLength = 200;

    private OutboundEmail()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>What the mail is (welcome, …), for metrics and queries.</summary>
    public string Kind { get; private set; } = string.Empty;

    public string Recipient { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string HtmlBody { get; private set; } = string.Empty;

    public string TextBody { get; private set; } = string.Empty;

    public string MessageId { get; private set; } = string.Empty;

    public OutboundEmailStatus Status { get; private set; }

    /// <summary>How many times sending was started.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static OutboundEmail Queue(string kind, string recipient, string subject, string htmlBody, string textBody, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        var id = Guid.CreateVersion7(now);
        return new OutboundEmail
        {
            Id = id,
            Kind = kind,
            Recipient = recipient,
            Subject = subject,
            HtmlBody = htmlBody,
            TextBody = textBody,
            MessageId = $"{kind}.{id:N}",
            Status = OutboundEmailStatus.Pending,
            Attempts = 0,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }
}
