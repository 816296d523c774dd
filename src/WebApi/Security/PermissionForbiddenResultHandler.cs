using CleanBackend.WebApi.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// A caller refused by a permission policy gets the same 403 body as one refused by the
/// application's own permission check, <c>{"permission":["forbidden"]}</c>; the rest is left to
/// the default handling (challenge → 401, other refusals → <c>{"role":["forbidden"]}</c>).
/// </summary>
public sealed class PermissionForbiddenResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<PermissionRequirement>().Any() == true)
        {
            return ProblemResponses.WriteAsync(
                context,
                ProblemResponses.Create(context, StatusCodes.Status403Forbidden, "permission", "forbidden"));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
