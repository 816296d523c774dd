using System.Diagnostics;
using CleanBackend.Infrastructure.Identity;

namespace CleanBackend.WebApi.Logging;

/// <summary>One log line per request: method, route template, status, elapsed time and user.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // The template, not the raw path, so that lines group by endpoint and carry no user data.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
            logger.LogInformation(
                "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMilliseconds:0.0} ms for {UserId}",
                context.Request.Method,
                route,
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                context.User.FindFirst(TokenClaimNames.Subject)?.Value ?? "anonymous");
        }
    }
}
