namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>Time-based one-time passwords (RFC 6238): 6 digits, 30-second steps, HMAC-SHA1, as authenticator apps expect.</summary>
public interface ITotpAuthenticator
{
    /// <summary>A new random shared secret, base32 as authenticator apps take it.</summary>
    string GenerateSecret();

    /// <summary>The <c>otpauth://totp/…</c> URI that a QR code hands to an authenticator app.</summary>
    string BuildOtpauthUri(string secret, string accountName);

    /// <summary>
    /// The time step <paramref name="code"/> belongs to when it is right for <paramref name="secret"/> at
    /// <paramref name="now"/> (within the allowed clock drift); null when it is not.
    /// </summary>
    long? FindTimeStep(string secret, string code, DateTimeOffset now);
}
