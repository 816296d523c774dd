using CleanBackend.Application.Identity.Users;

namespace CleanBackend.Application.Identity.Abstractions;

public interface IUserReadService
{
    /// <summary>The user's public account data without a token, or null when there is no such user.</summary>
    Task<UserDto?> FindAsync(Guid userId, CancellationToken cancellationToken);
}
