using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>Random bearer tokens (refresh tokens, mailed links) and the hash they are stored and looked up by.</summary>
internal static class OpaqueTokens
{
    private const int TokenBytes = 32;

    public static (string Value, string Hash) Create()
    {
        var value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        return (value, Hash(value));
    }

    /// <summary>The tokens have 256 random bits, so one fast hash is enough to make a stolen table useless.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
