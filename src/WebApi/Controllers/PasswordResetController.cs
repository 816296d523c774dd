using CleanBackend.Application.Identity.PasswordReset.Commands.ConfirmPasswordReset;
using CleanBackend.Application.Identity.PasswordReset.Commands.RequestPasswordReset;
using CleanBackend.WebApi.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CleanBackend.WebApi.Controllers;

[Route("api/users/password-reset")]
public sealed class PasswordResetController : ApiControllerBase
{
    /// <summary>
    /// Mails a single-use reset link (valid 30 minutes) to the address when an active account has it. Always 202,
    /// with the same work done either way, so the answer tells nothing about who is registered. Limited per client
    /// address and per e-mail address (429 with Retry-After).
    /// </summary>
    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> RequestReset(UserEnvelope<RequestPasswordResetCommand> body)
    {
        await Send(body.User!);
        return Accepted();
    }

    /// <summary>
    /// Sets a new password with the token from the reset link; every session of the account ends (refresh tokens
    /// revoked, access tokens refused) and a notice is mailed. A made-up, used or expired token is 422 on <c>token</c>.
    /// </summary>
    [HttpPost("confirm")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Confirm(ConfirmPasswordResetCommand body)
    {
        await Send(body);
        return NoContent();
    }
}
