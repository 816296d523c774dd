using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace CleanBackend.WebApi.Errors;

/// <summary>
/// Problem bodies for the errors the framework answers with none: no endpoint for the path (404), a method the
/// path does not answer (405, with the Allow header routing set), and a body type the API cannot read (415).
/// </summary>
public static class BodilessErrorResponses
{
    public static Task WriteProblemAsync(StatusCodeContext context)
    {
        var httpContext = context.HttpContext;
        var problem = httpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound =>
                ProblemResponses.Create(httpContext, StatusCodes.Status404NotFound, "route", "not found", "No endpoint matches this path."),
            StatusCodes.Status405MethodNotAllowed =>
                ProblemResponses.Create(
                    httpContext,
                    StatusCodes.Status405MethodNotAllowed,
                    "method",
                    "is not allowed",
                    $"This path answers {httpContext.Response.Headers[HeaderNames.Allow]}."),
            StatusCodes.Status415UnsupportedMediaType =>
                ProblemResponses.Create(
                    httpContext,
                    StatusCodes.Status415UnsupportedMediaType,
                    "Content-Type",
                    "is not supported",
                    "Send the body as application/json."),
            _ => null,
        };
        return problem is null ? Task.CompletedTask : ProblemResponses.WriteAsync(httpContext, problem);
    }
}
