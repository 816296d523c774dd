namespace CleanBackend.Application.Common.BackgroundJobs;

/// <summary>The names background jobs are registered (and triggered) under.</summary>
public static class BackgroundJobNames
{
    /// <summary>Sends the due rows of the e-mail outbox (notifications.outbound_emails).</summary>
    public const string OutboundEmails = "outbound-emails";

    /// <summary>Deletes expired and long-revoked refresh tokens.</summary>
    public const string RefreshTokenCleanup = "refresh-token-cleanup";

    /// <summary>Deletes the stored results of idempotent commands whose retention has passed.</summary>
    public const string IdempotencyCleanup = "idempotency-cleanup";
}
