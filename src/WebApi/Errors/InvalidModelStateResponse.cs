using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CleanBackend.WebApi.Errors;

/// <summary>Turns binding failures (malformed JSON, missing envelope) into the same 422 problem as a validation failure.</summary>
public static class InvalidModelStateResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => FieldName(entry.Key))
            .ToDictionary(
                group => group.Key,
                group => group.SelectMany(entry => entry.Value!.Errors).Select(Message).Distinct().ToArray());

        var problem = ProblemResponses.Create(context.HttpContext, StatusCodes.Status422UnprocessableEntity, errors);
        // A JsonResult, not an ObjectResult: the controllers' [Produces] filter would overwrite the problem content type.
        return new JsonResult(problem)
        {
            StatusCode = StatusCodes.Status422UnprocessableEntity,
            ContentType = ProblemResponses.ContentType,
        };
    }

    /// <summary>"$.user.email" (from the JSON reader) and "User" (from validation) both become JSON paths like "user.email".</summary>
    private static string FieldName(string key)
    {
        var path = key.TrimStart('$').TrimStart('.');
        return path.Length == 0 ? "body" : FieldNames.ToJsonPath(path);
    }

    // Reader exceptions are not echoed: they name CLR types and offsets, which is noise to a client.
    private static string Message(ModelError error) =>
        error.Exception is not null || string.IsNullOrEmpty(error.ErrorMessage) ? ValidationMessages.Invalid : error.ErrorMessage;
}
