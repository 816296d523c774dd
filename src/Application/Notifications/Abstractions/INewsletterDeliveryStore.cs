using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Abstractions;

/// <summary>
/// The delivery rows of a newsletter as a work queue. Every method is one committed statement, so a
/// process killed at any point leaves each row pending, sending (claimed), sent or failed, and the
/// newsletter's counts always match its rows.
/// </summary>
public interface INewsletterDeliveryStore
{
    /// <summary>Marks an unfinished newsletter running (keeping its first start time); null when there is no such newsletter.</summary>
    Task<NewsletterContent?> StartAsync(Guid newsletterId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts claims made at or before <paramref name="claimedAtOrBefore"/> back to pending; returns how many.</summary>
    Task<int> ReleaseClaimsAsync(Guid newsletterId, DateTimeOffset claimedAtOrBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="count"/> pending deliveries for <paramref name="runId"/> (skipping rows another
    /// run is claiming at the same moment) and commits, so no other run can take them.
    /// </summary>
    Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(Guid newsletterId, Guid runId, int count, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the delivery as sent and counts it, unless it was already final.</summary>
    Task MarkSentAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the delivery as failed for good and counts it, unless it was already final.</summary>
    Task MarkFailedAsync(long deliveryId, string error, CancellationToken cancellationToken);

    /// <summary>Puts every delivery <paramref name="runId"/> still holds back to pending, noting <paramref name="error"/> when given.</summary>
    Task ReleaseRunAsync(Guid newsletterId, Guid runId, string? error, CancellationToken cancellationToken);

    /// <summary>
    /// Finishes the newsletter when no delivery is pending or sending any more: failed when any delivery
    /// failed, else succeeded. Returns the final state, or null while deliveries are still open.
    /// </summary>
    Task<NewsletterState?> TryFinishAsync(Guid newsletterId, DateTimeOffset now, CancellationToken cancellationToken);
}
