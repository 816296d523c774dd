using CleanBackend.Application.Common.BackgroundJobs;
using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Identity.Events;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CleanBackend.Application.Notifications.Welcome.EventHandlers;

/// <summary>
/// Once the registration has committed, asks for an outbox run now rather than at the next scheduled sweep, so the
/// welcome mail arrives within moments. Only a shortcut: if asking fails, the sweep sends the mail anyway, and the
/// registration, already committed, must not fail because of it.
/// </summary>
public sealed class SendWelcomeEmailSoonOnUserRegistered(IBackgroundJobs jobs, ILogger<SendWelcomeEmailSoonOnUserRegistered> logger)
    : INotificationHandler<DomainEventNotification<UserRegistered>>
{
    public async Task Handle(DomainEventNotification<UserRegistered> notification, CancellationToken cancellationToken)
    {
        try
        {
            await jobs.TriggerAsync(BackgroundJobNames.OutboundEmails, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not trigger the outbox job after user {UserId} registered; the scheduled sweep will send the welcome e-mail", notification.DomainEvent.UserId);
        }
    }
}
