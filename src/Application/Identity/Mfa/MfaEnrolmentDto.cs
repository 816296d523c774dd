namespace CleanBackend.Application.Identity.Mfa;

/// <summary>What an authenticator app needs, three ways: the secret to type, the URI, and the URI as a QR code.</summary>
public sealed record MfaEnrolmentDto
{
    /// <summary>The shared secret, base32.</summary>
    public string Secret { get; init; } = string.Empty;

    /// <summary>The <c>otpauth://totp/…</c> URI (issuer, account, secret).</summary>
    public string OtpauthUri { get; init; } = string.Empty;

    /// <summary>The URI as a QR code, an SVG document.</summary>
    public string QrCodeSvg { get; init; } = string.Empty;
}
