using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Common.Security;

public static class CurrentUserExtensions
{
    /// <summary>The caller's id; for handlers whose request is marked [Authorize], so absence is a 401.</summary>
    public static Guid RequireUserId(this ICurrentUser currentUser) =>
        currentUser.UserId ?? throw UnauthorizedException.MissingToken();

    /// <summary>Whether one of the caller's roles (as his access token states them) grants <paramref name="permission"/>.</summary>
    public static bool HasPermission(this ICurrentUser currentUser, string permission) =>
        Permission.IsGrantedToAny(RoleName.All.Where(currentUser.IsInRole), permission);
}
