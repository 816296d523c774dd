using CleanBackend.Domain.Identity;

namespace CleanBackend.WebApi.Security;

/// <summary>Permission policies are named <c>permission:&lt;name&gt;</c>, e.g. <c>permission:users.read</c>.</summary>
public static class PermissionPolicies
{
    public const string Prefix = "permission:";

    public static string NameFor(string permission) =>
        Permission.All.Contains(permission)
            ? Prefix + permission
            : throw new ArgumentException($"'{permission}' is not a permission; see {typeof(Permission).FullName}.", nameof(permission));

    public static bool TryGetPermission(string policyName, out string permission)
    {
        permission = policyName.StartsWith(Prefix, StringComparison.Ordinal) ? policyName[Prefix.Length..] : string.Empty;
        return Permission.All.Contains(permission);
    }
}
