namespace CleanBackend.Application.Common.Exceptions;

/// <summary>
/// Refused because of too many failed attempts on this account (the lockout, not the rate limiter);
/// maps to 429 with <see cref="RetryAfter"/> as the <c>Retry-After</c> header.
/// </summary>
public sealed class TooManyAttemptsException(string field, string reason, TimeSpan retryAfter) : RequestFailedException($"{field} {reason}")
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;

    /// <summary>How long until an attempt is accepted again; never less than a second.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter;

    public static TooManyAttemptsException LockedCredentials(TimeSpan retryAfter) =>
        new("credentials", "have too many failed attempts; retry later", retryAfter);
}
