using System.Diagnostics;
using CleanBackend.Infrastructure.Identity;
using Microsoft.AspNetCore.Diagnostics;

namespace CleanBackend.WebApi.Observability;

/// <summary>Times every request once, for one log line and for the HTTP metrics.</summary>
public sealed class RequestObservabilityMiddleware(RequestDelegate next, HttpMetrics metrics, ILogger<RequestObservabilityMiddleware> logger)
{
    // Requests that matched no endpoint share one label value, so junk paths cannot create series.
    private const string UnmatchedRoute = "unmatched";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        metrics.RequestStarted();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            // The exception handler clears the endpoint before it writes the error; the feature keeps it.
            var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
            var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? UnmatchedRoute;
            metrics.RequestCompleted(context.Request.Method, route, context.Response.StatusCode, elapsed);
            logger.LogInformation(
                "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMilliseconds:0.0} ms for {UserId}",
                context.Request.Method,
                route,
                context.Response.StatusCode,
                elapsed.TotalMilliseconds,
                context.User.FindFirst(TokenClaimNames.Subject)?.Value ?? "anonymous");
        }
    }
}
