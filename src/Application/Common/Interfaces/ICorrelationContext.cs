namespace CleanBackend.Application.Common.Interfaces;

/// <summary>The id that ties a request's log lines, error responses and audit entries together.</summary>
public interface ICorrelationContext
{
    /// <summary>The current request's correlation id, or null outside a request (a background job).</summary>
    string? CorrelationId { get; }
}
