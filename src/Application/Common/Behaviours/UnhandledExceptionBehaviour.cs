using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CleanBackend.Application.Common.Behaviours;

public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(
    ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> logger,
    ITransientOutageClassifier outages)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception exception) when (!ExceptionLogging.IsExpected(exception) && !ExceptionLogging.IsLogged(exception) && !outages.IsTransientOutage(exception))
        {
            // The request itself is not logged: it may carry passwords or tokens.
            logger.LogError(exception, "Request {RequestName} failed with an unhandled exception", typeof(TRequest).Name);
            ExceptionLogging.MarkLogged(exception);
            throw;
        }
    }
}
