using Microsoft.Net.Http.Headers;

namespace CleanBackend.WebApi.Security;

/// <summary>Reads the access token from <c>Authorization: Token …</c> (the Conduit scheme) or <c>Bearer …</c>.</summary>
public static class AccessTokenReader
{
    private static readonly string[] Schemes = ["Token ", "Bearer "];

    public static string? Read(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        foreach (var scheme in Schemes)
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var token = header[scheme.Length..].Trim();
                return token.Length == 0 ? null : token;
            }
        }

        return null;
    }
}
