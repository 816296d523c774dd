using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Common.Models;

/// <summary>
/// Carries a domain event to handlers that must act in the same transaction as the change that raised it, before
/// the commit: handlers that only add rows (an outbox entry, an audit record), which then commit or roll back with
/// the change itself. They must not have effects outside the database, since a transient failure replays the whole
/// unit of work, handlers included. Everything else belongs in a <see cref="DomainEventNotification{TDomainEvent}"/>
/// handler, which runs only after the commit.
/// </summary>
public sealed record InTransactionDomainEventNotification<TDomainEvent>(TDomainEvent DomainEvent) : INotification
    where TDomainEvent : IDomainEvent;
