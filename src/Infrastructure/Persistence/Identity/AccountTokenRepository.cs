using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class AccountTokenRepository(ApplicationDbContext dbContext) : IAccountTokenRepository
{
    public Task<AccountToken?> FindAsync(AccountTokenPurpose purpose, string tokenHash, CancellationToken cancellationToken) =>
        dbContext.AccountTokens.FirstOrDefaultAsync(token => token.TokenHash == tokenHash && token.Purpose == purpose, cancellationToken);

    public async Task<IReadOnlyList<AccountToken>> ListRedeemableAsync(Guid userId, AccountTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken) =>
        await dbContext.AccountTokens
            .Where(token => token.UserId == userId && token.Purpose == purpose && token.UsedAt == null && token.ExpiresAt > now)
            .ToListAsync(cancellationToken);

    public void Add(AccountToken token) => dbContext.AccountTokens.Add(token);
}
