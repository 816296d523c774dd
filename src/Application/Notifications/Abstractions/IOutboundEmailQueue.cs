using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Abstractions;

/// <summary>The e-mail outbox (notifications.outbound_emails).</summary>
public interface IOutboundEmailQueue
{
    /// <summary>Adds a row to the current unit of work: it is saved and committed with the change it is about.</summary>
    void Enqueue(OutboundEmail email);

    /// <summary>
    /// Claims up to <paramref name="count"/> pending rows that are due, skipping rows another worker holds: each is
    /// leased (its next attempt moved <paramref name="lease"/> ahead, its attempts counted) in a short transaction of
    /// its own, so a worker that dies mid-send leaves the row to be retried when the lease runs out.
    /// </summary>
    Task<IReadOnlyList<OutboundEmail>> ClaimDueAsync(int count, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkSentAsync(Guid id, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>Leaves the row pending until <paramref name="nextAttemptAt"/>, recording why this attempt failed.</summary>
    Task ScheduleRetryAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken);

    /// <summary>Hands claimed rows back unattempted (due now, attempt not counted), e.g. when the worker is stopping.</summary>
    Task ReleaseAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
