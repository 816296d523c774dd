using MediatR;

namespace CleanBackend.Application.Common.Messaging;

/// <summary>A request that changes state: it runs inside one database transaction (see <c>TransactionBehaviour</c>).</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>
{
}
