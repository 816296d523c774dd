namespace CleanBackend.TestSupport.Mail;

/// <summary>
/// One message as the SMTP sink received it, already decoded by the sink (scripts/smtp_sink.py writes a .json
/// beside each .eml): envelope, headers in order, subject and both alternative bodies.
/// </summary>
public sealed class ReceivedMail
{
    public string? MailFrom { get; init; }

    public IReadOnlyList<string> RcptTos { get; init; } = [];

    public string? MessageId { get; init; }

    public string? Subject { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? ContentType { get; init; }

    public IReadOnlyList<IReadOnlyList<string>> Headers { get; init; } = [];

    public string? Text { get; init; }

    public string? Html { get; init; }

    /// <summary>The path of the raw message the sink kept.</summary>
    public string EmlPath { get; set; } = string.Empty;

    /// <summary>The first value of header <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.Where(header => string.Equals(header[0], name, StringComparison.OrdinalIgnoreCase)).Select(header => header[1]).FirstOrDefault();
}
