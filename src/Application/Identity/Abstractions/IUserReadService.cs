using CleanBackend.Application.Identity.Users;

namespace CleanBackend.Application.Identity.Abstractions;

public interface IUserReadService
{
    /// <summary>The user's public account data without a token, or null when there is no such user.</summary>
    Task<UserDto?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The security stamp (32 hex digits) of an active user; null when the user is unknown or deactivated.</summary>
    Task<string?> FindActiveSecurityStampAsync(Guid userId, CancellationToken cancellationToken);
}
