using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// Grants a permission from the role claims of the access token, so a role change reaches the
/// caller with his next refreshed token (the security stamp check already refused revoked tokens).
/// </summary>
public sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(TokenClaimNames.Role).Select(claim => claim.Value);
        if (Permission.IsGrantedToAny(roles, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
