using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Mfa.Commands.ConfirmMfaEnrolment;

public sealed class ConfirmMfaEnrolmentCommandHandler(
    IMfaEnrolmentRepository enrolments,
    ICurrentUser currentUser,
    ITotpAuthenticator totp,
    IMfaSecretProtector secrets,
    IMfaTokens mfaTokens,
    ISecurityEvents securityEvents,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<ConfirmMfaEnrolmentCommand, MfaRecoveryCodesDto>
{
    public async Task<MfaRecoveryCodesDto> Handle(ConfirmMfaEnrolmentCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var enrolment = await enrolments.FindAsync(userId, cancellationToken)
            ?? throw new DomainRuleViolationException("mfa", "has no pending enrolment");
        var now = clock.GetUtcNow();

        var timeStep = totp.FindTimeStep(secrets.Unprotect(userId, enrolment.ProtectedSecret), request.Code!, now)
            ?? throw RequestValidationException.For(MfaCodes.Field, ValidationMessages.Invalid);
        var recoveryCodes = mfaTokens.CreateRecoveryCodes(MfaEnrolment.RecoveryCodeCount);
        enrolment.Confirm(timeStep, recoveryCodes.Select(code => code.Hash), now);

        cacheEvictions.Add(MfaCacheKeys.EnabledFor(userId));
        securityEvents.Record(SecurityEventNames.MfaEnrolled, userId);
        return new MfaRecoveryCodesDto { RecoveryCodes = recoveryCodes.Select(code => code.Value).ToList() };
    }
}
