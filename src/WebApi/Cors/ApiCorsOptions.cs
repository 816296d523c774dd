namespace CleanBackend.WebApi.Cors;

/// <summary>Which browser origins may call the API (the <c>Cors</c> section).</summary>
public sealed class ApiCorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>The wildcard entry: any origin, and then never with credentials.</summary>
    public const string AnyOrigin = "*";

    /// <summary>Origins as a browser sends them (<c>https://app.example.com</c>, <c>http://127.0.0.1:4100</c>), or <c>*</c>.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Off by default: the API authenticates with the Authorization header, not cookies, so a browser
    /// never needs to send credentials. A wildcard origin with credentials is refused at start-up.
    /// </summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may reuse a preflight answer (Access-Control-Max-Age).</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public bool AllowsAnyOrigin => AllowedOrigins.Contains(AnyOrigin);
}
