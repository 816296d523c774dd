namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>
/// The per-account lockout, kept by normalised e-mail address whether or not an account has it, in storage
/// every replica shares. An attempt is counted as failed before its password is checked and forgotten when
/// it succeeds, so concurrent guesses cannot slip past the count, and a failure needs no write of its own.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>
    /// Counts an attempt at <paramref name="now"/> in one atomic write, unless the address is locked: then nothing
    /// is counted and the end of the lock is returned. Null means the attempt may go on.
    /// </summary>
    Task<DateTimeOffset?> TryBeginAttemptAsync(string normalizedEmail, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets the address's failed attempts, after a successful login.</summary>
    Task ResetAsync(string normalizedEmail, CancellationToken cancellationToken);
}
