using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Common.Behaviours;

public sealed class PerformanceBehaviour<TRequest, TResponse>(
    ILogger<PerformanceBehaviour<TRequest, TResponse>> logger,
    IOptions<RequestPerformanceOptions> options,
    TimeProvider clock) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // Costs nothing unless a tracer listens (OTLP export is off by default).
        using var activity = ApplicationActivitySource.Instance.StartActivity(typeof(TRequest).Name);
        var started = clock.GetTimestamp();
        var response = await next();
        var elapsed = clock.GetElapsedTime(started);

        if (elapsed.TotalMilliseconds > options.Value.SlowRequestThresholdMilliseconds)
        {
            logger.LogWarning(
                "Slow request {RequestName} took {ElapsedMilliseconds} ms (threshold {ThresholdMilliseconds} ms)",
                typeof(TRequest).Name,
                (long)elapsed.TotalMilliseconds,
                options.Value.SlowRequestThresholdMilliseconds);
        }

        return response;
    }
}
