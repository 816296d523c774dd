using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Abstractions;

public interface INewsletterRepository
{
    void Add(Newsletter newsletter);

    /// <summary>
    /// Saves the pending changes (the newsletter must exist first), then adds one pending delivery of
    /// <paramref name="newsletterId"/> for every active user who has not opted out, in the current
    /// transaction; returns how many.
    /// </summary>
    Task<int> AddDeliveriesForSubscribersAsync(Guid newsletterId, CancellationToken cancellationToken);
}
