using CleanBackend.Application.Common.Interfaces;

namespace CleanBackend.WebApi.Logging;

/// <summary>The correlation id <see cref="CorrelationIdMiddleware"/> put in the request's TraceIdentifier.</summary>
public sealed class HttpCorrelationContext(IHttpContextAccessor httpContextAccessor) : ICorrelationContext
{
    public string? CorrelationId => httpContextAccessor.HttpContext?.TraceIdentifier;
}
