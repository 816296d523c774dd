using CleanBackend.WebApi.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// A caller refused by a permission policy gets the same 403 body as one refused by the
/// application's own permission check, <c>{"permission":["forbidden"]}</c>; a privileged caller without the second
/// factor his role requires gets <c>{"mfa":["is required"]}</c> saying where to enrol; the rest is left to
/// the default handling (challenge → 401, other refusals → <c>{"role":["forbidden"]}</c>).
/// </summary>
public sealed class PermissionForbiddenResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var failed = authorizeResult.Forbidden ? authorizeResult.AuthorizationFailure?.FailedRequirements.ToList() ?? [] : [];
        if (failed.OfType<PermissionRequirement>().Any())
        {
            return ProblemResponses.WriteAsync(
                context,
                ProblemResponses.Create(context, StatusCodes.Status403Forbidden, "permission", "forbidden"));
        }

        if (failed.OfType<MfaEnrolledRequirement>().Any())
        {
            return ProblemResponses.WriteAsync(
                context,
                ProblemResponses.Create(
                    context,
                    StatusCodes.Status403Forbidden,
                    "mfa",
                    "is required",
                    "Your role requires a second factor: enrol with POST /api/admin/mfa/enrolment and confirm with POST /api/admin/mfa/enrolment/confirm."));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
