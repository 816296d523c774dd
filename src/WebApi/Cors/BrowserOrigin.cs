namespace CleanBackend.WebApi.Cors;

/// <summary>
/// Origins as in RFC 6454: scheme, host and optional port, nothing else. Parsing instead of comparing
/// prefixes, so that <c>http://localhost.evil.example</c> or <c>http://localhost:1@evil.example</c> never pass.
/// </summary>
public static class BrowserOrigin
{
    /// <summary>The origin in its serialized form (lower case, default port left out), or null when it is no origin.</summary>
    public static string? Normalize(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0
            || uri.HostNameType is UriHostNameType.Unknown)
        {
            return null;
        }

        var serialized = $"{uri.Scheme}://{uri.Authority}";
        // Anything after the authority (a path, even "/", a query, a fragment) makes it a URL, not an origin.
        return string.Equals(value, serialized, StringComparison.OrdinalIgnoreCase) ? serialized.ToLowerInvariant() : null;
    }

    /// <summary>
    /// <c>http://localhost:&lt;port&gt;</c> or <c>http://127.0.0.1:&lt;port&gt;</c> (or without a port): a front end's
    /// development server on the developer's own machine.
    /// </summary>
    public static bool IsLoopbackDevelopmentServer(string value) =>
        Normalize(value) is { } origin
        && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.Host is "localhost" or "127.0.0.1";
}
