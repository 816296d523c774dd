using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.Mfa.Commands.StartMfaEnrolment;

/// <summary>
/// Starts (or starts again) the caller's TOTP enrolment with a new secret, stored protected; it stays pending and
/// changes nothing at login until a first code confirms it. Refused while a confirmed enrolment exists.
/// </summary>
[Authorize]
public sealed record StartMfaEnrolmentCommand : ICommand<MfaEnrolmentDto>;

public sealed class StartMfaEnrolmentCommandHandler(
    IUserRepository users,
    IMfaEnrolmentRepository enrolments,
    ICurrentUser currentUser,
    ITotpAuthenticator totp,
    IMfaSecretProtector secrets,
    IQrCodeRenderer qrCodes,
    TimeProvider clock) : IRequestHandler<StartMfaEnrolmentCommand, MfaEnrolmentDto>
{
    public async Task<MfaEnrolmentDto> Handle(StartMfaEnrolmentCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw UnauthorizedException.MissingToken();
        var now = clock.GetUtcNow();
        var secret = totp.GenerateSecret();
        var protectedSecret = secrets.Protect(user.Id, secret);

        if (await enrolments.FindAsync(user.Id, cancellationToken) is { } pending)
        {
            pending.Restart(protectedSecret, now);
        }
        else
        {
            enrolments.Add(MfaEnrolment.Start(user.Id, protectedSecret, now));
        }

        var uri = totp.BuildOtpauthUri(secret, user.Email);
        return new MfaEnrolmentDto { Secret = secret, OtpauthUri = uri, QrCodeSvg = qrCodes.RenderSvg(uri) };
    }
}
