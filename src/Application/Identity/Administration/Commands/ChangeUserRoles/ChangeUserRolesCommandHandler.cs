using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;

public sealed class ChangeUserRolesCommandHandler(
    IUserRepository users,
    ICurrentUser currentUser,
    IAuditTrail auditTrail,
    TimeProvider clock) : IRequestHandler<ChangeUserRolesCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(ChangeUserRolesCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindOtherUserAsync(currentUser, request.Id, cancellationToken);
        var before = user.RoleNames;

        // The security stamp is left alone: a role change must not sign the user out, it reaches his
        // tokens on the next refresh.
        if (user.ReplaceRoles(request.Roles!.Select(Role.FromName), clock.GetUtcNow()))
        {
            auditTrail.Record(AuditActions.UserRolesChanged, AuditTargets.User, user.Id.ToString(), new { before, after = user.RoleNames });
        }

        return user.ToAdminUserDto();
    }
}
