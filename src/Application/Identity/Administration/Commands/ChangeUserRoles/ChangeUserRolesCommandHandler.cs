using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;

public sealed class ChangeUserRolesCommandHandler(
    IUserRepository users,
    ICurrentUser currentUser,
    IAuditTrail auditTrail,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<ChangeUserRolesCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(ChangeUserRolesCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindOtherUserAsync(currentUser, request.Id, cancellationToken);
        var before = user.RoleNames;
        var stampBefore = user.SecurityStamp;

        if (user.ReplaceRoles(request.Roles!.Select(Role.FromName), clock.GetUtcNow()))
        {
            // A removed role rotates the stamp: his access tokens answer 401 on every replica once the
            // cached stamp is evicted, and his refresh token mints one carrying only the roles left.
            var accessTokensRevoked = user.SecurityStamp != stampBefore;
            if (accessTokensRevoked)
            {
                cacheEvictions.Add(SecurityStampCacheKeys.For(user.Id));
            }

            auditTrail.Record(
                AuditActions.UserRolesChanged,
                AuditTargets.User,
                user.Id.ToString(),
                new { before, after = user.RoleNames, accessTokensRevoked });
        }

        return user.ToAdminUserDto();
    }
}
