using MediatR;

namespace CleanBackend.Application.Common.Messaging;

/// <summary>A request that only reads: no transaction, no tracking.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>
{
}
