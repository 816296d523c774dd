using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Models;
using MediatR;

namespace CleanBackend.Application.Common.Behaviours;

/// <summary>
/// Runs commands in one transaction and publishes their domain events only after the commit, so a
/// handler of an event never sees (or acts on) a change that was then rolled back.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork, IMediator mediator)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(ICommand<TResponse>).IsAssignableFrom(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next();
        }

        var committed = await unitOfWork.ExecuteInTransactionAsync(_ => next(), cancellationToken);
        foreach (var domainEvent in committed.DomainEvents)
        {
            await mediator.Publish(DomainEventNotificationFactory.Wrap(domainEvent), cancellationToken);
        }

        return committed.Result;
    }
}
