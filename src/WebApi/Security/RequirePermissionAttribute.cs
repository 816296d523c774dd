using Microsoft.AspNetCore.Authorization;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// Lets only callers whose roles grant <paramref name="permission"/> reach the action: 401 without a
/// usable token, 403 <c>{"permission":["forbidden"]}</c> otherwise. An unknown permission name fails
/// at start-up, when MVC reads the attributes.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicies.NameFor(permission));
