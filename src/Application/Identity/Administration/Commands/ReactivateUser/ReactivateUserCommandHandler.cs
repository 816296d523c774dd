using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Commands.ReactivateUser;

public sealed class ReactivateUserCommandHandler(
    IUserRepository users,
    ICurrentUser currentUser,
    IAuditTrail auditTrail,
    TimeProvider clock) : IRequestHandler<ReactivateUserCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(ReactivateUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindOtherUserAsync(currentUser, request.Id, cancellationToken);

        // Nothing to evict: the stamp of an inactive user is never cached, and deactivation rotated it.
        user.Reactivate(clock.GetUtcNow());
        auditTrail.Record(AuditActions.UserReactivated, AuditTargets.User, user.Id.ToString());
        return user.ToAdminUserDto();
    }
}
