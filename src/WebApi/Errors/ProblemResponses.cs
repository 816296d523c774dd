using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace CleanBackend.WebApi.Errors;

/// <summary>
/// The one place error bodies are made: RFC 9457 problem details whose <c>errors</c> member has the
/// Conduit shape <c>{"field":["message"]}</c>, so that both kinds of client can read them.
/// </summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Create(HttpContext httpContext, int status, IReadOnlyDictionary<string, string[]> errors, string? detail = null)
    {
        var problem = new ProblemDetails
        {
            Type = TypeFor(status),
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
            Instance = httpContext.Request.Path,
        };
        problem.Extensions["errors"] = errors;
        problem.Extensions["correlationId"] = httpContext.TraceIdentifier;
        return problem;
    }

    public static ProblemDetails Create(HttpContext httpContext, int status, string field, string message, string? detail = null) =>
        Create(httpContext, status, new Dictionary<string, string[]> { [field] = [message] }, detail);

    /// <summary>
    /// Sets <c>Retry-After</c> in whole seconds, rounded up and at least one, so that a client retrying at the
    /// announced time is not refused again; returns the value for the problem's detail.
    /// </summary>
    public static int SetRetryAfter(HttpContext httpContext, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }

    public static Task WriteAsync(HttpContext httpContext, ProblemDetails problem)
    {
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, ContentType, httpContext.RequestAborted);
    }

    private static string TypeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        StatusCodes.Status403Forbidden => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        StatusCodes.Status404NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        StatusCodes.Status409Conflict => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        StatusCodes.Status413PayloadTooLarge => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        StatusCodes.Status422UnprocessableEntity => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        StatusCodes.Status503ServiceUnavailable => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        StatusCodes.Status429TooManyRequests => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
    };
}
