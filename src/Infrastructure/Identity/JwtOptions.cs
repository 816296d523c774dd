namespace CleanBackend.Infrastructure.Identity;

public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The key appsettings.Development.json ships with; refused in every other environment.</summary>
    public const string DevelopmentSigningKey = "development-only-signing-key-not-for-production-use";

    /// <summary>The HMAC-SHA256 signing key (UTF-8); at least 32 bytes.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public string Issuer { get; set; } = "CleanBackend";

    public string Audience { get; set; } = "CleanBackend";

    /// <summary>
    /// Conduit front ends know nothing of refresh tokens and log out when their token expires, so the
    /// default stays long enough for a working session; clients that refresh can be given less.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
