using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration.Commands.DeactivateUser;

/// <summary>
/// Locks a user out at once: he cannot log in, his refresh tokens are revoked and his access tokens
/// are refused from the next request on (the security stamp changes). Nobody may deactivate himself.
/// </summary>
[Authorize(Permissions = Permission.UsersManage)]
public sealed record DeactivateUserCommand(Guid Id) : ICommand<AdminUserDto>;
