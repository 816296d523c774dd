using CleanBackend.Infrastructure.RateLimiting;

namespace CleanBackend.WebApi.RateLimiting;

/// <summary>The <c>RateLimiting</c> section: the limits of <see cref="RateLimitPolicies"/>.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Login, registration, refresh (and any endpoint with the policy) together, per client address.</summary>
    public FixedWindowLimit Authentication { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Every other POST, PUT, PATCH and DELETE, per signed-in user, or per client address when anonymous.</summary>
    public FixedWindowLimit Writes { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };
}
