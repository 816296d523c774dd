using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Sessions.Commands.EndOtherSessions;
using CleanBackend.Application.Identity.Sessions.Commands.EndSession;
using CleanBackend.Application.Identity.Sessions.Queries.ListSessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers;

/// <summary>The current user's sessions: one per login (refresh-token family), with the device it came from.</summary>
[Route("api/user/sessions")]
[Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
public sealed class SessionsController : ApiControllerBase
{
    /// <summary>
    /// The caller's live sessions, most recently used first: user agent, IP address, created and last used (the last
    /// refresh); <c>current</c> marks the session of the access token sent.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<SessionListDto>(StatusCodes.Status200OK)]
    public Task<SessionListDto> List() => Send(new ListSessionsQuery());

    /// <summary>
    /// Ends one of the caller's sessions: its refresh token stops working and so do its access tokens. 404 for an
    /// unknown or ended session and for another user's.
    /// </summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> End(Guid id)
    {
        await Send(new EndSessionCommand(id));
        return NoContent();
    }

    /// <summary>Ends every session of the caller except the current one ("sign out everywhere else").</summary>
    [HttpDelete]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> EndOthers()
    {
        await Send(new EndOtherSessionsCommand());
        return NoContent();
    }
}
