using System.Text.Json.Serialization;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;

/// <summary>
/// Replaces a user's roles (User is always kept). The user's access tokens keep their old roles
/// until his next refresh or login. Nobody may change his own roles.
/// </summary>
[Authorize(Permissions = Permission.UsersManage)]
public sealed record ChangeUserRolesCommand : ICommand<AdminUserDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }
}
