using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>The mailed single-use tokens (identity.account_tokens), by the hash of their value.</summary>
public interface IAccountTokenRepository
{
    /// <summary>The token of <paramref name="purpose"/> with that hash, tracked for changes, or null.</summary>
    Task<AccountToken?> FindAsync(AccountTokenPurpose purpose, string tokenHash, CancellationToken cancellationToken);

    /// <summary>The user's tokens of <paramref name="purpose"/> that are neither used nor expired at <paramref name="now"/>, tracked for changes.</summary>
    Task<IReadOnlyList<AccountToken>> ListRedeemableAsync(Guid userId, AccountTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken);

    void Add(AccountToken token);
}
