using System.Reflection;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.Common.Behaviours;

public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
{
    // Read and split once per request type, not per request.
    private static readonly (string[] Roles, string[] Permissions)[] Requirements = typeof(TRequest)
        .GetCustomAttributes<AuthorizeAttribute>()
        .Select(attribute => (Names(attribute.Roles), Names(attribute.Permissions)))
        .ToArray();

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
            if (requirement.Roles.Length > 0 && !requirement.Roles.Any(currentUser.IsInRole))
            {
                throw new ForbiddenException("role");
            }

            if (requirement.Permissions.Length > 0 && !requirement.Permissions.Any(currentUser.HasPermission))
            {
                throw new ForbiddenException("permission");
            }
        }

        return next();
    }

    private static string[] Names(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
