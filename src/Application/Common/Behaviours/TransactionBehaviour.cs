using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Models;
using MediatR;

namespace CleanBackend.Application.Common.Behaviours;

/// <summary>
/// Runs commands in one transaction and, only after the commit, publishes their domain events and
/// evicts the cache keys they made stale: nothing acts on, or re-caches around, a change that was
/// then rolled back. Before the commit, inside the transaction, the same events go to
/// <see cref="InTransactionDomainEventNotification{TDomainEvent}"/> handlers, whose rows (an outbox entry)
/// are saved and committed together with the change.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(
    IUnitOfWork unitOfWork,
    IMediator mediator,
    CacheEvictions cacheEvictions,
    ICacheService cache)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(ICommand<TResponse>).IsAssignableFrom(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next();
        }

        var committed = await unitOfWork.ExecuteInTransactionAsync(
            async cancellation =>
            {
                var result = await next();
                foreach (var domainEvent in unitOfWork.PendingDomainEvents())
                {
                    await mediator.Publish(DomainEventNotificationFactory.WrapInTransaction(domainEvent), cancellation);
                }

                return result;
            },
            cancellationToken);
        try
        {
            foreach (var domainEvent in committed.DomainEvents)
            {
                await mediator.Publish(DomainEventNotificationFactory.Wrap(domainEvent), cancellationToken);
            }
        }
        finally
        {
            // The change is committed whatever an event handler did: its stale cache entries must go.
            var staleKeys = cacheEvictions.Drain();
            if (staleKeys.Count > 0)
            {
                await cache.RemoveAsync(staleKeys, CancellationToken.None);
            }
        }

        return committed.Result;
    }
}
