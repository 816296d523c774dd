using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Domain.Common;
using CleanBackend.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.Errors;

/// <summary>Maps every exception that escapes a request to its status and problem-details body.</summary>
public sealed class ProblemDetailsExceptionHandler(
    ILogger<ProblemDetailsExceptionHandler> logger,
    ITransientOutageClassifier outages,
    IOptions<DatabaseOptions> databaseOptions) : IExceptionHandler
{
    // Not a registered status code, but the de-facto one for "the client went away".
    private const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.Response.StatusCode = ClientClosedRequest;
            return true;
        }

        await ProblemResponses.WriteAsync(httpContext, ToProblem(httpContext, exception));
        return true;
    }

    private ProblemDetails ToProblem(HttpContext httpContext, Exception exception) => exception switch
    {
        RequestValidationException validation =>
            ProblemResponses.Create(httpContext, StatusCodes.Status422UnprocessableEntity, validation.Errors),
        DomainRuleViolationException rule =>
            ProblemResponses.Create(httpContext, StatusCodes.Status422UnprocessableEntity, rule.Field, rule.Rule),
        ConflictException conflict =>
            ProblemResponses.Create(
                httpContext,
                StatusCodes.Status409Conflict,
                conflict.Fields.ToDictionary(field => field, _ => new[] { ConflictException.AlreadyTaken })),
        TooManyAttemptsException tooMany =>
            ProblemResponses.Create(
                httpContext,
                StatusCodes.Status429TooManyRequests,
                tooMany.Field,
                tooMany.Reason,
                $"Retry after {ProblemResponses.SetRetryAfter(httpContext, tooMany.RetryAfter)} seconds."),
        SecondFactorRequiredException secondFactor => SecondFactorChallenge(httpContext, secondFactor),
        UnauthorizedException unauthorized =>
            ProblemResponses.Create(httpContext, StatusCodes.Status401Unauthorized, unauthorized.Field, unauthorized.Reason),
        ForbiddenException forbidden =>
            ProblemResponses.Create(httpContext, StatusCodes.Status403Forbidden, forbidden.Resource, "forbidden"),
        NotFoundException notFound =>
            ProblemResponses.Create(httpContext, StatusCodes.Status404NotFound, notFound.Resource, "not found"),
        InvalidIdempotencyKeyException invalidKey =>
            ProblemResponses.Create(httpContext, StatusCodes.Status400BadRequest, "Idempotency-Key", ValidationMessages.Invalid, invalidKey.Message),
        IdempotencyKeyReusedException reused =>
            ProblemResponses.Create(httpContext, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key", "was used for a different request", reused.Message),
        IdempotentRequestInProgressException inProgress =>
            ProblemResponses.Create(
                httpContext,
                StatusCodes.Status409Conflict,
                "Idempotency-Key",
                "is in use by a request still being processed",
                $"{inProgress.Message} Retry after {ProblemResponses.SetRetryAfter(httpContext, IdempotentRequestInProgressException.RetryAfter)} seconds."),
        ConcurrencyConflictException concurrency =>
            ProblemResponses.Create(httpContext, StatusCodes.Status409Conflict, concurrency.Resource, "was changed by another request"),
        BadHttpRequestException badRequest =>
            ProblemResponses.Create(httpContext, badRequest.StatusCode, "request", ValidationMessages.Invalid, badRequest.Message),
        _ when outages.IsTransientOutage(exception) => Unavailable(httpContext, exception),
        _ => Unexpected(httpContext, exception),
    };

    /// <summary>The Conduit-shaped 401 with the challenge token beside <c>errors</c>, where a client that knows MFA looks for it.</summary>
    private static ProblemDetails SecondFactorChallenge(HttpContext httpContext, SecondFactorRequiredException secondFactor)
    {
        var problem = ProblemResponses.Create(
            httpContext,
            StatusCodes.Status401Unauthorized,
            SecondFactorRequiredException.Field,
            SecondFactorRequiredException.Reason,
            "This account has a second factor: send the mfaToken with a code to POST /api/users/login/mfa.");
        problem.Extensions["mfaToken"] = secondFactor.MfaToken;
        return problem;
    }

    /// <summary>Not a bug but a dependency that is down: one warning line (no stack trace), and a 503 telling when to retry.</summary>
    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        logger.LogWarning(
            "Database unavailable for {Method} {Path}: {Reason}",
            httpContext.Request.Method,
            httpContext.Request.Path,
            exception.GetBaseException().Message);

        var retryAfter = ProblemResponses.SetRetryAfter(httpContext, TimeSpan.FromSeconds(databaseOptions.Value.RetryAfterSeconds));
        return ProblemResponses.Create(
            httpContext,
            StatusCodes.Status503ServiceUnavailable,
            "server",
            "is temporarily unavailable",
            $"A service the API depends on cannot be reached; retry in {retryAfter} seconds.");
    }

    private ProblemDetails Unexpected(HttpContext httpContext, Exception exception)
    {
        if (!ExceptionLogging.IsLogged(exception))
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            ExceptionLogging.MarkLogged(exception);
        }

        return ProblemResponses.Create(
            httpContext,
            StatusCodes.Status500InternalServerError,
            "server",
            "encountered an unexpected error",
            $"Quote the correlation id {httpContext.TraceIdentifier} when reporting this.");
    }
}
