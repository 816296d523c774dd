namespace CleanBackend.Infrastructure.Identity;

/// <summary>The key of the newsletter unsubscribe links (in the Newsletters section).</summary>
public sealed class NewsletterTokenOptions
{
    public const string SectionName = "Newsletters";

    /// <summary>The key appsettings.Development.json ships with; refused in every other environment.</summary>
    public const string DevelopmentSigningKey = "development-only-unsubscribe-key-not-for-production-use";

    /// <summary>The HMAC-SHA256 key (UTF-8), at least 32 bytes. Changing it invalidates every link already mailed.</summary>
    public string UnsubscribeSigningKey { get; set; } = string.Empty;
}
