using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Application.Notifications.Newsletters;

/// <summary>
/// The Newsletters configuration section, whole: how delivery runs pace and retry themselves, where the links in
/// the mails point and the key that signs their unsubscribe tokens. Bound and validated by the Notifications module.
/// </summary>
public sealed class NewsletterOptions
{
    public const string SectionName = "Newsletters";

    /// <summary>The key appsettings.Development.json ships with; refused in every other environment.</summary>
    public const string DevelopmentUnsubscribeSigningKey = "development-only-unsubscribe-key-not-for-production-use";

    /// <summary>The HMAC-SHA256 key (UTF-8) of the unsubscribe links, at least 32 bytes. Changing it invalidates every link already mailed.</summary>
    public string UnsubscribeSigningKey { get; set; } = string.Empty;

    /// <summary>Deliveries claimed per statement.</summary>
    [Range(1, int.MaxValue)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How many mail server sessions a batch is sent over at once; each session sends its share of the
    /// batch one message after another over one connection (each is still recorded right after its own
    /// send). The SMTP sender bounds connections per process too (Smtp:MaxConcurrentSends).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int SendConcurrency { get; set; } = 4;

    /// <summary>A pause after each batch, to throttle sending for a mail server's rate limit; none by default.</summary>
    public TimeSpan BatchPause { get; set; } = TimeSpan.Zero;

    /// <summary>Claims per delivery before a transient failure counts as final.</summary>
    [Range(1, int.MaxValue)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first wait after a transient failure; it doubles with each attempt of the failing delivery.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a claim protects its rows. A run that was not declared dead by the scheduler takes
    /// over another run's claims only after this, which must exceed the time one batch can take.
    /// </summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the sweep starts unfinished newsletters that have no job (a replica died before planning one).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the unsubscribe links in the mails point: the API's public address.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>The right-hand side of the Message-IDs, which are derived from (newsletter, recipient).</summary>
    [Required]
    public string MessageIdDomain { get; set; } = "cleanbackend.local";
}
