using AutoMapper;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Mfa.Commands.CompleteMfaLogin;

public sealed class CompleteMfaLoginCommandHandler(
    IMfaEnrolmentRepository enrolments,
    IUserRepository users,
    SessionStarter sessions,
    ILoginThrottle throttle,
    MfaCodeVerifier codes,
    IMfaTokens mfaTokens,
    IUnitOfWork unitOfWork,
    ITokenService tokens,
    IMapper mapper,
    TimeProvider clock) : IRequestHandler<CompleteMfaLoginCommand, AuthenticatedUserDto>
{
    public async Task<AuthenticatedUserDto> Handle(CompleteMfaLoginCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var challengeHash = mfaTokens.HashChallengeToken(request.MfaToken!);
        var enrolment = await enrolments.FindByChallengeAsync(challengeHash, cancellationToken);
        var user = enrolment is null ? null : await users.FindByIdAsync(enrolment.UserId, cancellationToken);
        if (enrolment is null || !enrolment.HasLiveChallenge(challengeHash, now) || user is not { IsActive: true })
        {
            throw new UnauthorizedException("mfaToken", ValidationMessages.Invalid);
        }

        // The same lockout as the password: the attempt is counted first and forgotten once the login is complete.
        if (await throttle.TryBeginAttemptAsync(user.NormalizedEmail, now, cancellationToken) is { } lockedUntil)
        {
            throw TooManyAttemptsException.LockedCredentials(lockedUntil - now);
        }

        if (!codes.TryUse(enrolment, request.Code!, now))
        {
            throw new UnauthorizedException(MfaCodes.Field, ValidationMessages.Invalid);
        }

        enrolment.EndChallenge();
        var session = sessions.Start(user.Id, now);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another request used the same code or challenge a moment earlier; only one of them may win.
            throw new UnauthorizedException(MfaCodes.Field, ValidationMessages.Invalid);
        }

        await throttle.ResetAsync(user.NormalizedEmail, cancellationToken);
        return mapper.ToAuthenticatedUserDto(user, tokens.CreateAccessToken(user, session.Id), session.RefreshToken);
    }
}
