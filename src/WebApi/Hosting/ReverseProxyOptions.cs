namespace CleanBackend.WebApi.Hosting;

/// <summary>
/// The TLS-terminating proxy or load balancer in front of the API (the <c>ReverseProxy</c> section). Off by default:
/// X-Forwarded-For and X-Forwarded-Proto are then ignored, since any client could send them.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose X-Forwarded-* headers are believed, besides loopback.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of those proxies, besides loopback.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row are unwrapped from X-Forwarded-For.</summary>
    public int ForwardLimit { get; set; } = 1;
}
