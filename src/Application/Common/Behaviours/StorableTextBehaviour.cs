using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Common.Behaviours;

/// <summary>
/// Refuses, before any validator or handler sees it, a request carrying text PostgreSQL cannot store or
/// compare (<see cref="CleanBackend.Domain.Common.StorableText"/>), wherever it came from: body, query
/// string or route. One rule here, so no validator has to repeat it and no such text reaches a query.
/// </summary>
public sealed class StorableTextBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    // The wording binding failures and garbage cursors already get, so a client sees one answer for unreadable text.
    private static readonly string[] Messages = [ValidationMessages.Invalid];

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var fields = UnstorableTextFinder.FieldsOf(request);
        if (fields.Count > 0)
        {
            throw new RequestValidationException(fields.ToDictionary(field => field, _ => Messages, StringComparer.Ordinal));
        }

        return next();
    }
}
