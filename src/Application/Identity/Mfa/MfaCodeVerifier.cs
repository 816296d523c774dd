using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Mfa;

/// <summary>
/// Checks a second-factor code of an enabled enrolment: a TOTP code of a time step not used before, or an unused
/// recovery code, which is then used up (and recorded as a security event). The change is saved with the caller's
/// unit of work; a concurrent use of the same code then fails on the enrolment's row version.
/// </summary>
public sealed class MfaCodeVerifier(
    ITotpAuthenticator totp,
    IMfaSecretProtector secrets,
    IMfaTokens mfaTokens,
    ISecurityEvents securityEvents)
{
    public bool TryUse(MfaEnrolment enrolment, string code, DateTimeOffset now)
    {
        var secret = secrets.Unprotect(enrolment.UserId, enrolment.ProtectedSecret);
        if (totp.FindTimeStep(secret, code, now) is { } timeStep)
        {
            return enrolment.TryAcceptTimeStep(timeStep);
        }

        if (!enrolment.TryUseRecoveryCode(mfaTokens.HashRecoveryCode(code), now))
        {
            return false;
        }

        var left = enrolment.RecoveryCodes.Count(recoveryCode => recoveryCode.UsedAt is null);
        securityEvents.Record(SecurityEventNames.RecoveryCodeUsed, enrolment.UserId, new { recoveryCodesLeft = left });
        return true;
    }
}
