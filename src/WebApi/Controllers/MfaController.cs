using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Application.Identity.Mfa.Commands.CompleteMfaLogin;
using CleanBackend.Application.Identity.Mfa.Commands.ConfirmMfaEnrolment;
using CleanBackend.Application.Identity.Mfa.Commands.DisableMfa;
using CleanBackend.Application.Identity.Mfa.Commands.StartMfaEnrolment;
using CleanBackend.Application.Identity.Users;
using CleanBackend.WebApi.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CleanBackend.WebApi.Controllers;

/// <summary>
/// The TOTP second factor. Enrolment is also served under <c>/api/admin/mfa/…</c>: an Admin or Moderator without a
/// second factor is refused everything else there until he has one.
/// </summary>
[Route("api")]
public sealed class MfaController : ApiControllerBase
{
    /// <summary>
    /// Starts enrolment: a new secret (base32), its otpauth:// URI and the URI as an SVG QR code. Pending until
    /// confirmed; asking again replaces the secret. 422 when a second factor is already enabled.
    /// </summary>
    [HttpPost("user/mfa/enrolment")]
    [HttpPost("admin/mfa/enrolment")]
    [Authorize]
    [ProducesResponseType<MfaEnrolmentDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<MfaEnrolmentDto> StartEnrolment() => Send(new StartMfaEnrolmentCommand());

    /// <summary>
    /// Confirms enrolment with a first code from the authenticator and enables the second factor; answers ten
    /// one-time recovery codes, shown this once.
    /// </summary>
    [HttpPost("user/mfa/enrolment/confirm")]
    [HttpPost("admin/mfa/enrolment/confirm")]
    [Authorize]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType<MfaRecoveryCodesDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<MfaRecoveryCodesDto> ConfirmEnrolment(ConfirmMfaEnrolmentCommand body) => Send(body);

    /// <summary>Disables the second factor, proven with a current code or an unused recovery code.</summary>
    [HttpDelete("user/mfa")]
    [Authorize]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Disable(DisableMfaCommand body)
    {
        await Send(body);
        return NoContent();
    }

    /// <summary>
    /// Completes the login of a user with a second factor: the <c>mfaToken</c> that <c>POST /api/users/login</c>
    /// answered 401 with, and a TOTP code or a recovery code. Answers like a login. A code is accepted once.
    /// </summary>
    [HttpPost("users/login/mfa")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    [ProducesResponseType<UserEnvelope<AuthenticatedUserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<UserEnvelope<AuthenticatedUserDto>> CompleteLogin(CompleteMfaLoginCommand body) =>
        new() { User = await Send(body) };
}
