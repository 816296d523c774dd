using CleanBackend.Application.Identity.Administration.Commands.EndUserSessions;
using CleanBackend.Application.Identity.Administration.Queries.ListUserSessions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers.Admin;

[Route("api/admin/users/{id:guid}/sessions")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
public sealed class AdminUserSessionsController : ApiControllerBase
{
    /// <summary>The user's live sessions, most recently used first.</summary>
    [HttpGet]
    [RequirePermission(Permission.UsersRead)]
    [ProducesResponseType<SessionListDto>(StatusCodes.Status200OK)]
    public Task<SessionListDto> List(Guid id) => Send(new ListUserSessionsQuery(id));

    /// <summary>
    /// Ends every session of the user: refresh tokens revoked, their access tokens refused; the account stays active.
    /// Audited. Not for one's own account.
    /// </summary>
    [HttpDelete]
    [RequirePermission(Permission.UsersManage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> EndAll(Guid id)
    {
        await Send(new EndUserSessionsCommand(id));
        return NoContent();
    }
}
