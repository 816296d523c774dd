using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// Turns <c>permission:&lt;name&gt;</c> into a policy (an authenticated caller whose roles grant the
/// permission, with a second factor if his roles require one), so no permission has to be registered by hand; every other policy name goes to
/// the default provider.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _fallback = new(options);
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        PermissionPolicies.TryGetPermission(policyName, out var permission)
            ? Task.FromResult<AuthorizationPolicy?>(_policies.GetOrAdd(permission, Build))
            : _fallback.GetPolicyAsync(policyName);

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _fallback.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => _fallback.GetFallbackPolicyAsync();

    private static AuthorizationPolicy Build(string permission) =>
        new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission), MfaEnrolledRequirement.Instance)
            .Build();
}
