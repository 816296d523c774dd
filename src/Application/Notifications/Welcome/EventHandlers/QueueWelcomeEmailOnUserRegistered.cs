using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.AccountSecurity;
using CleanBackend.Domain.Identity.Events;
using MediatR;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Notifications.Welcome.EventHandlers;

/// <summary>
/// Puts the welcome e-mail in the outbox inside the registration's own transaction: the mail exists exactly when
/// the user does, and is sent later by the outbox job, never inside the request. It carries the new address's
/// verification link when the registration issued one.
/// </summary>
public sealed class QueueWelcomeEmailOnUserRegistered(IOutboundEmailQueue outbox, IOptions<AccountLinkOptions> links)
    : INotificationHandler<InTransactionDomainEventNotification<UserRegistered>>
{
    public Task Handle(InTransactionDomainEventNotification<UserRegistered> notification, CancellationToken cancellationToken)
    {
        var registered = notification.DomainEvent;
        var verificationLink = registered.EmailVerification is { } token ? links.Value.EmailVerificationLink(token.Value) : null;
        outbox.Enqueue(WelcomeEmail.Queue(registered.Username, registered.Email, registered.OccurredAt, verificationLink));
        return Task.CompletedTask;
    }
}
