using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Commands.EndUserSessions;

/// <summary>
/// Ends every session of a user (a stolen device, a shared laptop): refresh tokens revoked, the sessions' access
/// tokens refused from the next request on; the account stays active. Not for one's own account.
/// </summary>
[Authorize(Permissions = Permission.UsersManage)]
public sealed record EndUserSessionsCommand(Guid Id) : ICommand<Unit>;
