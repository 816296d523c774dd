using AutoMapper;
using AutoMapper.QueryableExtensions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Users;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class UserReadService(ApplicationDbContext dbContext, IConfigurationProvider mapping) : IUserReadService
{
    public Task<UserDto?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        dbContext.Users.AsNoTracking()
            .Where(user => user.Id == userId)
            .ProjectTo<UserDto>(mapping)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<string?> FindActiveSecurityStampAsync(Guid userId, CancellationToken cancellationToken)
    {
        var stamps = await dbContext.Users.AsNoTracking()
            .Where(user => user.Id == userId && user.IsActive)
            .Select(user => user.SecurityStamp)
            .ToListAsync(cancellationToken);
        return stamps.Count == 0 ? null : stamps[0].ToString("N");
    }
}
