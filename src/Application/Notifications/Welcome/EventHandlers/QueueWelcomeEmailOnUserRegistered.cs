using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Identity.Events;
using MediatR;

namespace CleanBackend.Application.Notifications.Welcome.EventHandlers;

/// <summary>
/// Puts the welcome e-mail in the outbox inside the registration's own transaction: the mail exists exactly when
/// the user does, and is sent later by the outbox job, never inside the request.
/// </summary>
public sealed class QueueWelcomeEmailOnUserRegistered(IOutboundEmailQueue outbox)
    : INotificationHandler<InTransactionDomainEventNotification<UserRegistered>>
{
    public Task Handle(InTransactionDomainEventNotification<UserRegistered> notification, CancellationToken cancellationToken)
    {
        var registered = notification.DomainEvent;
        outbox.Enqueue(WelcomeEmail.Queue(registered.Username, registered.Email, registered.OccurredAt));
        return Task.CompletedTask;
    }
}
