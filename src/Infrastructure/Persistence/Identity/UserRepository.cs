using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class UserRepository(ApplicationDbContext dbContext) : IUserRepository
{
    public Task<User?> FindByIdAsync(Guid userId, CancellationToken cancellationToken) =>
        dbContext.Users.Include(user => user.Roles).FirstOrDefaultAsync(user => user.Id == userId, cancellationToken);

    public Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalizedEmail = EmailRules.Normalize(email);
        return dbContext.Users.Include(user => user.Roles)
            .FirstOrDefaultAsync(user => user.NormalizedEmail == normalizedEmail, cancellationToken);
    }

    public Task<bool> IsUsernameTakenAsync(string username, Guid? exceptUserId, CancellationToken cancellationToken)
    {
        var normalizedUsername = UsernameRules.Normalize(username);
        return dbContext.Users.AnyAsync(
            user => user.NormalizedUsername == normalizedUsername && user.Id != exceptUserId,
            cancellationToken);
    }

    public async Task<IReadOnlySet<string>> FindTakenUsernamesAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken)
    {
        var byNormalized = usernames.ToDictionary(UsernameRules.Normalize, username => username);
        var normalized = byNormalized.Keys.ToList();
        var taken = await dbContext.Users
            .Where(user => normalized.Contains(user.NormalizedUsername))
            .Select(user => user.NormalizedUsername)
            .ToListAsync(cancellationToken);
        return taken.Select(name => byNormalized[name]).ToHashSet(StringComparer.Ordinal);
    }

    public Task<bool> IsEmailTakenAsync(string email, Guid? exceptUserId, CancellationToken cancellationToken)
    {
        var normalizedEmail = EmailRules.Normalize(email);
        return dbContext.Users.AnyAsync(
            user => user.NormalizedEmail == normalizedEmail && user.Id != exceptUserId,
            cancellationToken);
    }

    public void Add(User user) => dbContext.Users.Add(user);
}
