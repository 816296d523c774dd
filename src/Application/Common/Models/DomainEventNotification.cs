using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Common.Models;

/// <summary>Carries a committed domain event to its MediatR notification handlers; the domain itself knows nothing of MediatR.</summary>
public sealed record DomainEventNotification<TDomainEvent>(TDomainEvent DomainEvent) : INotification
    where TDomainEvent : IDomainEvent;
