namespace CleanBackend.Application.Notifications.Abstractions;

/// <summary>One e-mail to one recipient, with an HTML and a plain-text alternative.</summary>
public sealed class EmailMessage
{
    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string HtmlBody { get; init; }

    public required string TextBody { get; init; }

    /// <summary>
    /// A stable id (without angle brackets) for this logical message, so that a re-send after a crash
    /// carries the same Message-ID and receivers can recognise it.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>Extra headers, e.g. List-Unsubscribe.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
