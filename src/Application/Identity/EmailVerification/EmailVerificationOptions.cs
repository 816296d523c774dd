namespace CleanBackend.Application.Identity.EmailVerification;

/// <summary>
/// The <c>Identity:EmailVerification</c> section: how long a verification link works, and what an account whose
/// address is not verified may not do. Everything a Conduit client does works unverified; only newsletters wait.
/// </summary>
public sealed class EmailVerificationOptions
{
    public const string SectionName = "Identity:EmailVerification";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether newsletters go only to verified addresses (a mail nobody proved to own is a mail to a stranger).</summary>
    public bool NewslettersRequireVerifiedEmail { get; set; } = true;

    public bool IsValid => TokenLifetime > TimeSpan.Zero;
}
