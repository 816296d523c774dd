namespace CleanBackend.Domain.Identity;

/// <summary>
/// A single-use token mailed to a user (a password-reset or an e-mail-verification link). Only the SHA-256 hash
/// of the token is kept, together with the address it was mailed to: once the account has another address, the
/// token proves nothing any more. Issued through <see cref="User"/>, which raises the event that mails it.
/// </summary>
public sealed class AccountToken
{
    public const string AlreadyUsed = "has already been used";
    public const string Expired = "has expired";
    public const string ForAnotherAddress = "was sent to another e-mail address";

    private AccountToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public AccountTokenPurpose Purpose { get; private set; }

    /// <summary>The normalised address the token was mailed to.</summary>
    public string Email { get; private set; } = string.Empty;

    public string TokenHash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Why the token cannot be redeemed by <paramref name="user"/> at <paramref name="now"/>, or null when it can.</summary>
    public string? ProblemWithRedeeming(User user, DateTimeOffset now) =>
        UsedAt is not null ? AlreadyUsed
        : now >= ExpiresAt ? Expired
        : user.Id != UserId || user.NormalizedEmail != Email ? ForAnotherAddress
        : null;

    /// <summary>Marks the token used (once used, always used); the caller has checked <see cref="ProblemWithRedeeming"/>, or is retiring the token unused.</summary>
    public void Redeem(DateTimeOffset now) => UsedAt ??= now;

    internal static AccountToken Issue(User user, AccountTokenPurpose purpose, string tokenHash, TimeSpan lifetime, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        return new AccountToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            Purpose = purpose,
            Email = user.NormalizedEmail,
            TokenHash = tokenHash,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
    }
}
