namespace CleanBackend.Infrastructure.Persistence.Identity;

/// <summary>
/// The lockout's row for one e-mail address, known or not. Only written by the hand-written statements of
/// <see cref="PostgresLoginThrottle"/>; mapped so that the model (and the drift test) know the table.
/// </summary>
internal sealed class FailedLoginCounter
{
    /// <summary>SHA-256 of the normalised address: addresses callers typed, registered or not, are not kept.</summary>
    public byte[] EmailHash { get; private set; } = [];

    /// <summary>Attempts since the last success, the one being checked included.</summary>
    public int ConsecutiveFailures { get; private set; }

    public DateTimeOffset LastAttemptAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }
}
