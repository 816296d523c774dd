using CleanBackend.Application.Common.BackgroundJobs;
using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Identity.Events;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CleanBackend.Application.Notifications.Outbox.EventHandlers;

/// <summary>
/// Once a change that queued a mail has committed (a registration's welcome, a reset link, a notice), asks for an
/// outbox run now rather than at the next scheduled sweep, so the mail arrives within moments. Only a shortcut: if
/// asking fails, the sweep sends the mail anyway, and the change, already committed, must not fail because of it.
/// </summary>
public sealed class SendQueuedEmailsSoon(IBackgroundJobs jobs, ILogger<SendQueuedEmailsSoon> logger)
    : INotificationHandler<DomainEventNotification<UserRegistered>>,
      INotificationHandler<DomainEventNotification<PasswordResetRequested>>,
      INotificationHandler<DomainEventNotification<PasswordResetCompleted>>,
      INotificationHandler<DomainEventNotification<EmailVerificationRequested>>,
      INotificationHandler<DomainEventNotification<EmailChanged>>
{
    public Task Handle(DomainEventNotification<UserRegistered> notification, CancellationToken cancellationToken) =>
        TriggerOutboxAsync(nameof(UserRegistered), notification.DomainEvent.UserId, cancellationToken);

    public Task Handle(DomainEventNotification<PasswordResetRequested> notification, CancellationToken cancellationToken) =>
        TriggerOutboxAsync(nameof(PasswordResetRequested), notification.DomainEvent.UserId, cancellationToken);

    public Task Handle(DomainEventNotification<PasswordResetCompleted> notification, CancellationToken cancellationToken) =>
        TriggerOutboxAsync(nameof(PasswordResetCompleted), notification.DomainEvent.UserId, cancellationToken);

    public Task Handle(DomainEventNotification<EmailVerificationRequested> notification, CancellationToken cancellationToken) =>
        TriggerOutboxAsync(nameof(EmailVerificationRequested), notification.DomainEvent.UserId, cancellationToken);

    public Task Handle(DomainEventNotification<EmailChanged> notification, CancellationToken cancellationToken) =>
        TriggerOutboxAsync(nameof(EmailChanged), notification.DomainEvent.UserId, cancellationToken);

    private async Task TriggerOutboxAsync(string eventName, Guid userId, CancellationToken cancellationToken)
    {
        try
        {
            await jobs.TriggerAsync(BackgroundJobNames.OutboundEmails, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not trigger the outbox job after {DomainEvent} of user {UserId}; the scheduled sweep will send the e-mail", eventName, userId);
        }
    }
}
