using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Mfa;
using Microsoft.Extensions.Options;
using OtpNet;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>RFC 6238 with Otp.NET: 160-bit secrets (RFC 4226's recommendation), SHA-1, 6 digits, 30-second steps.</summary>
internal sealed class OtpNetTotpAuthenticator(IOptions<MfaOptions> options) : ITotpAuthenticator
{
    private const int SecretBytes = 20;
    private const int Digits = 6;

    public string GenerateSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(SecretBytes));

    public string BuildOtpauthUri(string secret, string accountName) =>
        new OtpUri(OtpType.Totp, secret, accountName, options.Value.Issuer, OtpHashMode.Sha1, Digits).ToString();

    public long? FindTimeStep(string secret, string code, DateTimeOffset now)
    {
        var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != Digits || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var drift = options.Value.AllowedClockDriftSteps;
        var totp = new Totp(Base32Encoding.ToBytes(secret), totpSize: Digits);
        return totp.VerifyTotp(now.UtcDateTime, digits, out var timeStep, new VerificationWindow(previous: drift, future: drift))
            ? timeStep
            : null;
    }
}
