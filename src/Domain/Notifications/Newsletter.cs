using CleanBackend.Domain.Common;
using CleanBackend.Domain.Notifications.Events;

namespace CleanBackend.Domain.Notifications;

/// <summary>
/// A mail to every subscribed active user, sent by a background job. The counts and state change
/// while it is sent, by single SQL statements of the delivery store, so concurrent workers never lose
/// an update; this entity creates the newsletter and reads it back.
/// </summary>
public sealed class Newsletter : AggregateRoot
{
    private Newsletter()
    {
    }

    public Guid Id { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    public string HtmlBody { get; private set; } = string.Empty;

    public string TextBody { get; private set; } = string.Empty;

    public Guid CreatedBy { get; private set; }

    public NewsletterState State { get; private set; }

    public int Total { get; private set; }

    public int Sent { get; private set; }

    public int Failed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public static Newsletter Queue(string subject, string htmlBody, string textBody, Guid createdBy, DateTimeOffset now)
    {
        DomainRuleViolationException.ThrowIfBroken("subject", NewsletterRules.SubjectProblemWith(subject));
        NewsletterRules.Body.Require("htmlBody", htmlBody);
        NewsletterRules.Body.Require("textBody", textBody);

        var newsletter = new Newsletter
        {
            Id = Guid.CreateVersion7(now),
            Subject = subject.Trim(),
            HtmlBody = htmlBody,
            TextBody = textBody,
            CreatedBy = createdBy,
            State = NewsletterState.Queued,
            CreatedAt = now,
        };
        newsletter.Raise(new NewsletterQueued(newsletter.Id, now));
        return newsletter;
    }

    /// <summary>The number of delivery rows created with it, in the same transaction.</summary>
    public void SetRecipientCount(int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Total = total;
    }
}
