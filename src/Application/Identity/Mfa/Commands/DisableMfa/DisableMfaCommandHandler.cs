using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Identity.Mfa.Commands.DisableMfa;

public sealed class DisableMfaCommandHandler(
    IUserRepository users,
    IMfaEnrolmentRepository enrolments,
    ICurrentUser currentUser,
    ILoginThrottle throttle,
    MfaCodeVerifier codes,
    ISecurityEvents securityEvents,
    IUnitOfWork unitOfWork,
    ICacheService cache,
    TimeProvider clock) : IRequestHandler<DisableMfaCommand, Unit>
{
    public async Task<Unit> Handle(DisableMfaCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.RequireUserId(), cancellationToken) ?? throw UnauthorizedException.MissingToken();
        if (await enrolments.FindAsync(user.Id, cancellationToken) is not { IsEnabled: true } enrolment)
        {
            throw new DomainRuleViolationException("mfa", "is not enabled");
        }

        // A code is a credential: guesses count in the same lockout as passwords for this account.
        var now = clock.GetUtcNow();
        if (await throttle.TryBeginAttemptAsync(user.NormalizedEmail, now, cancellationToken) is { } lockedUntil)
        {
            throw TooManyAttemptsException.LockedCredentials(lockedUntil - now);
        }

        if (!codes.TryUse(enrolment, request.Code!, now))
        {
            throw RequestValidationException.For(MfaCodes.Field, ValidationMessages.Invalid);
        }

        enrolments.Remove(enrolment);
        securityEvents.Record(SecurityEventNames.MfaDisabled, user.Id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await throttle.ResetAsync(user.NormalizedEmail, cancellationToken);

        // Outside a command nothing evicts for us; the admin API's check must see the change at once.
        await cache.RemoveAsync([MfaCacheKeys.EnabledFor(user.Id)], cancellationToken);
        return Unit.Value;
    }
}
