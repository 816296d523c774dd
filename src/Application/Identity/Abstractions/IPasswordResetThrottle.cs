namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>
/// The per-address budget of password-reset requests, counted by normalised e-mail address whether or not an
/// account has it (a refusal tells nothing about who is registered), shared by every replica. The per-IP budget
/// is the HTTP rate limiter's.
/// </summary>
public interface IPasswordResetThrottle
{
    /// <summary>Counts one request for the address; null when it may go on, else how long until the next one is accepted.</summary>
    Task<TimeSpan?> TryAcquireAsync(string normalizedEmail, CancellationToken cancellationToken);
}
