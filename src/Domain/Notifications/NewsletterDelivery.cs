namespace CleanBackend.Domain.Notifications;

/// <summary>
/// One recipient of one newsletter. The rows are created in bulk and moved through their states by
/// the delivery store's SQL (claiming needs FOR UPDATE SKIP LOCKED); this type maps and reads them.
/// The e-mail address is copied at queueing time: the newsletter goes where the user asked mail to
/// go when it was written.
/// </summary>
public sealed class NewsletterDelivery
{
    private NewsletterDelivery()
    {
    }

    public long Id { get; private set; }

    public Guid NewsletterId { get; private set; }

    public Guid UserId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public DeliveryStatus Status { get; private set; }

    /// <summary>How many times a run claimed it; a delivery is given up after the configured maximum.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The run holding the claim while <see cref="Status"/> is sending.</summary>
    public Guid? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }
}
