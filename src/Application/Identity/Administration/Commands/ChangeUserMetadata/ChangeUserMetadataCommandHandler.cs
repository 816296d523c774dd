using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Identity.Abstractions;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserMetadata;

public sealed class ChangeUserMetadataCommandHandler(
    IUserRepository users,
    IAuditTrail auditTrail,
    TimeProvider clock) : IRequestHandler<ChangeUserMetadataCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(ChangeUserMetadataCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.Id, cancellationToken) ?? throw new NotFoundException("user");
        var before = JsonText.Parse(user.Metadata);

        user.ChangeMetadata(request.Metadata!.Value.GetRawText(), clock.GetUtcNow());
        auditTrail.Record(AuditActions.UserMetadataChanged, AuditTargets.User, user.Id.ToString(), new { before, after = request.Metadata });
        return user.ToAdminUserDto();
    }
}
