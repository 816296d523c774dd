using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// RFC 7515 §4.1.11: a recipient must refuse a token whose <c>crit</c> header names extensions it does not
/// understand. This API understands none, so any <c>crit</c> member, whatever its value, makes the token unusable.
/// The token handler ignores the member, hence this check after its validation.
/// </summary>
internal static class CriticalHeader
{
    private const string Name = "crit";

    public static bool IsPresent(SecurityToken token)
    {
        if (token is not JsonWebToken jwt)
        {
            return false;
        }

        using var header = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedHeader));
        return header.RootElement.ValueKind == JsonValueKind.Object && header.RootElement.TryGetProperty(Name, out _);
    }
}
