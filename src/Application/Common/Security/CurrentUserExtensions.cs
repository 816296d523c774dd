using CleanBackend.Application.Common.Exceptions;

namespace CleanBackend.Application.Common.Security;

public static class CurrentUserExtensions
{
    /// <summary>The caller's id; for handlers whose request is marked [Authorize], so absence is a 401.</summary>
    public static Guid RequireUserId(this ICurrentUser currentUser) =>
        currentUser.UserId ?? throw UnauthorizedException.MissingToken();
}
