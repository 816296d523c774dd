using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>Random bearer secrets that are stored only as hashes: refresh tokens, MFA login challenges, recovery codes, mailed links.</summary>
internal static class OpaqueTokens
{
    /// <summary><paramref name="bytes"/> random bytes, base64url.</summary>
    public static string NewValue(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>The secrets are random (64 bits or more), so one fast hash is enough to make a stolen table useless.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
