using CleanBackend.Application.Identity.Administration;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserMetadata;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;
using CleanBackend.Application.Identity.Administration.Commands.DeactivateUser;
using CleanBackend.Application.Identity.Administration.Commands.ReactivateUser;
using CleanBackend.Application.Identity.Administration.Queries.GetUser;
using CleanBackend.Application.Identity.Administration.Queries.ListUsers;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers.Admin;

[Route("api/admin/users")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
public sealed class AdminUsersController : ApiControllerBase
{
    /// <summary>Users newest first: q (username/e-mail prefix), role, active, metadata (a JSON object the metadata contains); keyset pages.</summary>
    [HttpGet]
    [RequirePermission(Permission.UsersRead)]
    [ProducesResponseType<AdminUserListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<AdminUserListDto> List([FromQuery] ListUsersQuery query) => Send(query);

    [HttpGet("{id:guid}")]
    [RequirePermission(Permission.UsersRead)]
    [ProducesResponseType<UserEnvelope<AdminUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<UserEnvelope<AdminUserDto>> Get(Guid id) => new() { User = await Send(new GetUserQuery(id)) };

    /// <summary>Replaces the user's roles (User is always kept); effective on his next token refresh. Not for one's own account.</summary>
    [HttpPut("{id:guid}/roles")]
    [RequirePermission(Permission.UsersManage)]
    [ProducesResponseType<UserEnvelope<AdminUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<UserEnvelope<AdminUserDto>> ChangeRoles(Guid id, ChangeUserRolesCommand body) =>
        new() { User = await Send(body with { Id = id }) };

    /// <summary>Replaces the user's metadata with a JSON object.</summary>
    [HttpPut("{id:guid}/metadata")]
    [RequirePermission(Permission.UsersManage)]
    [ProducesResponseType<UserEnvelope<AdminUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<UserEnvelope<AdminUserDto>> ChangeMetadata(Guid id, ChangeUserMetadataCommand body) =>
        new() { User = await Send(body with { Id = id }) };

    /// <summary>Locks the user out at once: refresh tokens revoked, access tokens refused. Not for one's own account.</summary>
    [HttpPost("{id:guid}/deactivate")]
    [RequirePermission(Permission.UsersManage)]
    [ProducesResponseType<UserEnvelope<AdminUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<UserEnvelope<AdminUserDto>> Deactivate(Guid id) => new() { User = await Send(new DeactivateUserCommand(id)) };

    /// <summary>Lets a deactivated user log in again.</summary>
    [HttpPost("{id:guid}/reactivate")]
    [RequirePermission(Permission.UsersManage)]
    [ProducesResponseType<UserEnvelope<AdminUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<UserEnvelope<AdminUserDto>> Reactivate(Guid id) => new() { User = await Send(new ReactivateUserCommand(id)) };
}
