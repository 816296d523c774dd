using CleanBackend.Application.Social.Profiles.Commands.Following;
using CleanBackend.Application.Social.Profiles.Queries.GetProfile;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers;

[Route("api/profiles/{username}")]
public sealed class ProfilesController : ApiControllerBase
{
    /// <summary>A user's profile; <c>following</c> is from the caller's point of view.</summary>
    [HttpGet]
    [AllowAnonymous]
    [ProducesResponseType<ProfileEnvelope>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ProfileEnvelope> Get(string username) => new(await Send(new GetProfileQuery(username)));

    /// <summary>Follows the user (idempotent).</summary>
    [HttpPost("follow")]
    [Authorize]
    [ProducesResponseType<ProfileEnvelope>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ProfileEnvelope> Follow(string username) => new(await Send(new FollowProfileCommand(username)));

    /// <summary>Stops following the user (idempotent).</summary>
    [HttpDelete("follow")]
    [Authorize]
    [ProducesResponseType<ProfileEnvelope>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ProfileEnvelope> Unfollow(string username) => new(await Send(new UnfollowProfileCommand(username)));
}
