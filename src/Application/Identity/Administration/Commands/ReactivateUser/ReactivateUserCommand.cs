using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration.Commands.ReactivateUser;

/// <summary>Lets a deactivated user log in again; the tokens he held before stay refused.</summary>
[Authorize(Permissions = Permission.UsersManage)]
public sealed record ReactivateUserCommand(Guid Id) : ICommand<AdminUserDto>;
