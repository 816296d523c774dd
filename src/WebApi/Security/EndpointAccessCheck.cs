using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// Refuses to start when a controller action says neither who may call it ([Authorize…]) nor that
/// anyone may ([AllowAnonymous]): a forgotten attribute must not silently publish an endpoint.
/// </summary>
public static class EndpointAccessCheck
{
    public static void EnsureEveryActionDeclaresAccess(IEnumerable<Type> controllerTypes)
    {
        var undeclared = FindUndeclaredActions(controllerTypes).ToList();
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException(
                "These controller actions have neither [Authorize] nor [AllowAnonymous]: " + string.Join(", ", undeclared));
        }
    }

    public static IEnumerable<string> FindUndeclaredActions(IEnumerable<Type> controllerTypes) =>
        from controller in controllerTypes
        where controller is { IsAbstract: false, IsPublic: true } && typeof(ControllerBase).IsAssignableFrom(controller)
        from action in controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
        where !action.IsSpecialName && !action.IsDefined(typeof(NonActionAttribute))
        where !DeclaresAccess(action) && !DeclaresAccess(controller)
        select $"{controller.Name}.{action.Name}";

    private static bool DeclaresAccess(MemberInfo member) =>
        member.GetCustomAttributes(inherit: true).Any(attribute => attribute is IAuthorizeData or IAllowAnonymous);
}
