namespace CleanBackend.WebApi.RateLimiting;

/// <summary>
/// The rate-limit policies. <see cref="Authentication"/> is attached to an endpoint with
/// <c>[EnableRateLimiting(RateLimitPolicies.Authentication)]</c>; <see cref="Writes"/> applies by itself to every
/// write without a policy of its own.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Endpoints that take credentials or mint tokens: per client address, whoever the caller claims to be.</summary>
    public const string Authentication = "authentication";

    public const string Writes = "writes";
}
