using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Commands.DeactivateUser;

public sealed class DeactivateUserCommandHandler(
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    ICurrentUser currentUser,
    IAuditTrail auditTrail,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<DeactivateUserCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(DeactivateUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindOtherUserAsync(currentUser, request.Id, cancellationToken);
        var now = clock.GetUtcNow();

        user.Deactivate(now);
        var revoked = await refreshTokens.RevokeAllOfUserAsync(user.Id, now, cancellationToken);

        cacheEvictions.Add(SecurityStampCacheKeys.For(user.Id));
        auditTrail.Record(AuditActions.UserDeactivated, AuditTargets.User, user.Id.ToString(), new { revokedRefreshTokens = revoked });
        return user.ToAdminUserDto();
    }
}
