using System.Reflection;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.Common.Behaviours;

public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
{
    // Read once per request type, not per request.
    private static readonly AuthorizeAttribute[] Requirements = typeof(TRequest).GetCustomAttributes<AuthorizeAttribute>().ToArray();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Requirements.Length == 0)
        {
            return next();
        }

        if (currentUser.UserId is null)
        {
            throw UnauthorizedException.MissingToken();
        }

        foreach (var requirement in Requirements)
        {
            var roles = Names(requirement.Roles);
            if (roles.Length > 0 && !roles.Any(currentUser.IsInRole))
            {
                throw new ForbiddenException("role");
            }

            var permissions = Names(requirement.Permissions);
            if (permissions.Length > 0 && !permissions.Any(currentUser.HasPermission))
            {
                throw new ForbiddenException("permission");
            }
        }

        return next();
    }

    private static string[] Names(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
