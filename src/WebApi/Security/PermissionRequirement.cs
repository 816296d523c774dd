using Microsoft.AspNetCore.Authorization;

namespace CleanBackend.WebApi.Security;

public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}
