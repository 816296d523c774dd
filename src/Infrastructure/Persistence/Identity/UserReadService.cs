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
}
