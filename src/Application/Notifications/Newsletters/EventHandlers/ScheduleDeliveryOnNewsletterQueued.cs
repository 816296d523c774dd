using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Notifications.Events;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CleanBackend.Application.Notifications.Newsletters.EventHandlers;

/// <summary>
/// Starts sending once the newsletter is committed. If scheduling fails (or the process dies first),
/// the newsletter is still queued in the database and the scheduler's periodic sweep starts it.
/// </summary>
public sealed class ScheduleDeliveryOnNewsletterQueued(
    INewsletterDeliveryScheduler scheduler,
    ILogger<ScheduleDeliveryOnNewsletterQueued> logger) : INotificationHandler<DomainEventNotification<NewsletterQueued>>
{
    public async Task Handle(DomainEventNotification<NewsletterQueued> notification, CancellationToken cancellationToken)
    {
        var newsletterId = notification.DomainEvent.NewsletterId;
        try
        {
            await scheduler.ScheduleAsync(newsletterId, TimeSpan.Zero, cancellationToken);
        }
        catch (Exception exception)
        {
            // The request already committed and must answer 202; the sweep is the safety net.
            logger.LogWarning(exception, "Newsletter {NewsletterId} is queued but could not be scheduled now; the sweep will start it", newsletterId);
        }
    }
}
