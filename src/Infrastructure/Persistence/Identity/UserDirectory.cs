using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class UserDirectory(ApplicationDbContext dbContext) : IUserDirectory
{
    public Task<Guid?> FindUserIdAsync(string username, CancellationToken cancellationToken)
    {
        var normalizedUsername = UsernameRules.Normalize(username);
        return dbContext.Users.AsNoTracking()
            .Where(user => user.NormalizedUsername == normalizedUsername)
            .Select(user => (Guid?)user.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
