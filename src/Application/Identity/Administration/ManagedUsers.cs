using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration;

internal static class ManagedUsers
{
    /// <summary>
    /// The user an administrator acts on, tracked for changes. Acting on oneself is refused (403
    /// <c>user</c>): an administrator could otherwise lock himself out or, with a lesser role, keep
    /// privileges nobody else granted him.
    /// </summary>
    public static async Task<User> FindOtherUserAsync(
        this IUserRepository users,
        ICurrentUser currentUser,
        Guid userId,
        CancellationToken cancellationToken)
    {
        if (userId == currentUser.RequireUserId())
        {
            throw new ForbiddenException("user");
        }

        return await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("user");
    }
}
