using System.Collections.Concurrent;
using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Common.Models;

internal static class DomainEventNotificationFactory
{
    private static readonly ConcurrentDictionary<Type, Func<IDomainEvent, INotification>> AfterCommitFactories = new();
    private static readonly ConcurrentDictionary<Type, Func<IDomainEvent, INotification>> InTransactionFactories = new();

    /// <summary>The event as a <see cref="DomainEventNotification{TDomainEvent}"/>, for handlers that run after the commit.</summary>
    public static INotification Wrap(IDomainEvent domainEvent) =>
        AfterCommitFactories.GetOrAdd(domainEvent.GetType(), eventType => CreateFactory(typeof(DomainEventNotification<>), eventType))(domainEvent);

    /// <summary>The event as an <see cref="InTransactionDomainEventNotification{TDomainEvent}"/>, for handlers that run before it.</summary>
    public static INotification WrapInTransaction(IDomainEvent domainEvent) =>
        InTransactionFactories.GetOrAdd(domainEvent.GetType(), eventType => CreateFactory(typeof(InTransactionDomainEventNotification<>), eventType))(domainEvent);

    private static Func<IDomainEvent, INotification> CreateFactory(Type openNotificationType, Type eventType)
    {
        var notificationType = openNotificationType.MakeGenericType(eventType);
        return domainEvent => (INotification)Activator.CreateInstance(notificationType, domainEvent)!;
    }
}
