using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Identity.Events;
using MediatR;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Notifications.AccountSecurity.EventHandlers;

/// <summary>
/// Puts the account-security mails in the outbox inside the transaction of the change they are about: a reset or
/// verification link exists exactly when its token does, and a notice exactly when its change does.
/// </summary>
public sealed class QueueAccountSecurityEmails(IOutboundEmailQueue outbox, IOptions<AccountLinkOptions> links)
    : INotificationHandler<InTransactionDomainEventNotification<PasswordResetRequested>>,
      INotificationHandler<InTransactionDomainEventNotification<PasswordResetCompleted>>,
      INotificationHandler<InTransactionDomainEventNotification<EmailVerificationRequested>>,
      INotificationHandler<InTransactionDomainEventNotification<EmailChanged>>
{
    public Task Handle(InTransactionDomainEventNotification<PasswordResetRequested> notification, CancellationToken cancellationToken)
    {
        var requested = notification.DomainEvent;
        return Enqueue(AccountSecurityEmails.PasswordReset(
            requested.Username, requested.Email, links.Value.PasswordResetLink(requested.Token.Value), requested.Token.ExpiresAt, requested.OccurredAt));
    }

    public Task Handle(InTransactionDomainEventNotification<PasswordResetCompleted> notification, CancellationToken cancellationToken)
    {
        var completed = notification.DomainEvent;
        return Enqueue(AccountSecurityEmails.PasswordChanged(completed.Username, completed.Email, completed.OccurredAt));
    }

    public Task Handle(InTransactionDomainEventNotification<EmailVerificationRequested> notification, CancellationToken cancellationToken)
    {
        var requested = notification.DomainEvent;
        return Enqueue(AccountSecurityEmails.EmailVerification(
            requested.Username, requested.Email, links.Value.EmailVerificationLink(requested.Token.Value), requested.Token.ExpiresAt, requested.OccurredAt));
    }

    public Task Handle(InTransactionDomainEventNotification<EmailChanged> notification, CancellationToken cancellationToken)
    {
        var changed = notification.DomainEvent;
        return Enqueue(AccountSecurityEmails.EmailChanged(changed.Username, changed.PreviousEmail, changed.Email, changed.OccurredAt));
    }

    private Task Enqueue(Domain.Notifications.OutboundEmail email)
    {
        outbox.Enqueue(email);
        return Task.CompletedTask;
    }
}
