using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CleanBackend.WebApi.Security;

/// <summary>Asks the application's <see cref="MfaRequirementCheck"/> (cached, per user) with the roles the token carries.</summary>
public sealed class MfaEnrolledAuthorizationHandler : AuthorizationHandler<MfaEnrolledRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MfaEnrolledRequirement requirement)
    {
        if (context.Resource is not HttpContext httpContext
            || !Guid.TryParse(context.User.FindFirst(TokenClaimNames.Subject)?.Value, out var userId))
        {
            return;
        }

        var roles = context.User.FindAll(TokenClaimNames.Role).Select(claim => claim.Value);
        var check = httpContext.RequestServices.GetRequiredService<MfaRequirementCheck>();
        if (await check.IsSatisfiedAsync(userId, roles, httpContext.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
