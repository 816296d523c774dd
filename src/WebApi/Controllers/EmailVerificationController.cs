using CleanBackend.Application.Identity.EmailVerification.Commands.ConfirmEmailVerification;
using CleanBackend.WebApi.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CleanBackend.WebApi.Controllers;

[Route("api/users/email-verification")]
public sealed class EmailVerificationController : ApiControllerBase
{
    /// <summary>
    /// Proves the account's address with the token from the verification link (mailed on registration and on an
    /// e-mail change); <c>emailVerified</c> of the user is then true. A made-up, used or expired token, or one
    /// mailed to an address the account no longer has, is 422 on <c>token</c>.
    /// </summary>
    [HttpPost("confirm")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Confirm(ConfirmEmailVerificationCommand body)
    {
        await Send(body);
        return NoContent();
    }
}
