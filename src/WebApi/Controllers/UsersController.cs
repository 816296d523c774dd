using CleanBackend.Application.Identity.Users;
using CleanBackend.Application.Identity.Users.Commands.LoginUser;
using CleanBackend.Application.Identity.Users.Commands.Logout;
using CleanBackend.Application.Identity.Users.Commands.RefreshSession;
using CleanBackend.Application.Identity.Users.Commands.RegisterUser;
using CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;
using CleanBackend.Application.Identity.Users.Queries.GetCurrentUser;
using CleanBackend.WebApi.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CleanBackend.WebApi.Controllers;

[Route("api")]
public sealed class UsersController : ApiControllerBase
{
    /// <summary>Registers an account and returns it with an access token.</summary>
    [HttpPost("users")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType<UserEnvelope<UserDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Register(UserEnvelope<RegisterUserCommand> body) =>
        Created("/api/user", new UserEnvelope<UserDto> { User = await Send(body.User!) });

    /// <summary>
    /// Logs in with e-mail and password; returns an access token and a refresh token. After repeated failures
    /// for one e-mail, attempts are refused with 429 and Retry-After until the lock ends.
    /// </summary>
    [HttpPost("users/login")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType<UserEnvelope<AuthenticatedUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<UserEnvelope<AuthenticatedUserDto>> Login(UserEnvelope<LoginUserCommand> body) =>
        new() { User = await Send(body.User!) };

    /// <summary>Exchanges a refresh token for a new access token and a new refresh token (the old one stops working).</summary>
    [HttpPost("users/refresh")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType<UserEnvelope<AuthenticatedUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<UserEnvelope<AuthenticatedUserDto>> Refresh(RefreshSessionCommand body) =>
        new() { User = await Send(body) };

    /// <summary>Revokes the refresh token and every token rotated from the same login.</summary>
    [HttpPost("users/logout")]
    [AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Logout(LogoutCommand body)
    {
        await Send(body);
        return NoContent();
    }

    /// <summary>The current user.</summary>
    [HttpGet("user")]
    [Authorize]
    [ProducesResponseType<UserEnvelope<UserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<UserEnvelope<UserDto>> GetCurrent() => new() { User = await Send(new GetCurrentUserQuery()) };

    /// <summary>
    /// Updates any of email, username, password, bio and image; returns a new access token. A password change
    /// ends every session (refresh tokens revoked, access tokens refused) and also returns a new refresh token.
    /// </summary>
    [HttpPut("user")]
    [Authorize]
    [ProducesResponseType<UserEnvelope<UpdatedUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<UserEnvelope<UpdatedUserDto>> UpdateCurrent(UserEnvelope<UpdateCurrentUserCommand> body) =>
        new() { User = await Send(body.User!) };
}
