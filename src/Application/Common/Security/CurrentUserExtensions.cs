using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Common.Security;

public static class CurrentUserExtensions
{
    /// <summary>The caller's id; for handlers whose request is marked [Authorize], so absence is a 401.</summary>
    public static Guid RequireUserId(this ICurrentUser currentUser) =>
        currentUser.UserId ?? throw UnauthorizedException.MissingToken();

    /// <summary>Moderators and administrators (whose role includes moderation) may act on other users' content.</summary>
    public static bool IsModerator(this ICurrentUser currentUser) =>
        currentUser.IsInRole(RoleName.Moderator) || currentUser.IsInRole(RoleName.Admin);
}
