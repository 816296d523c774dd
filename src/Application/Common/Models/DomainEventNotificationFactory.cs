using System.Collections.Concurrent;
using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Common.Models;

internal static class DomainEventNotificationFactory
{
    private static readonly ConcurrentDictionary<Type, Func<IDomainEvent, INotification>> Factories = new();

    public static INotification Wrap(IDomainEvent domainEvent) =>
        Factories.GetOrAdd(domainEvent.GetType(), CreateFactory)(domainEvent);

    private static Func<IDomainEvent, INotification> CreateFactory(Type eventType)
    {
        var notificationType = typeof(DomainEventNotification<>).MakeGenericType(eventType);
        return domainEvent => (INotification)Activator.CreateInstance(notificationType, domainEvent)!;
    }
}
