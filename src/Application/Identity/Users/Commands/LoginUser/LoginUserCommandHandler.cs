using AutoMapper;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.LoginUser;

public sealed class LoginUserCommandHandler(
    IUserRepository users,
    SessionStarter sessions,
    ILoginThrottle throttle,
    IUnitOfWork unitOfWork,
    IPasswordHasher passwordHasher,
    ITokenService tokens,
    MfaLoginChallenges mfaChallenges,
    IMapper mapper,
    TimeProvider clock) : IRequestHandler<LoginUserCommand, AuthenticatedUserDto>
{
    public async Task<AuthenticatedUserDto> Handle(LoginUserCommand request, CancellationToken cancellationToken)
    {
        var normalizedEmail = EmailRules.Normalize(request.Email!);
        var now = clock.GetUtcNow();

        // Known or not, every address is throttled alike, so a lock tells nothing about who has an account.
        if (await throttle.TryBeginAttemptAsync(normalizedEmail, now, cancellationToken) is { } lockedUntil)
        {
            throw TooManyAttemptsException.LockedCredentials(lockedUntil - now);
        }

        // One hash verification whatever the address: an unknown one must not answer faster than a wrong password.
        var user = await users.FindByEmailAsync(request.Email!, cancellationToken);
        var check = passwordHasher.Verify(user?.PasswordHash ?? passwordHasher.UnmatchableHash, request.Password!);
        if (user is not { IsActive: true } || check == PasswordCheck.Failed)
        {
            // The attempt stays counted.
            throw UnauthorizedException.InvalidCredentials();
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            user.UpgradePasswordHash(passwordHasher.Hash(request.Password!), now);
        }

        if (await mfaChallenges.IssueIfEnabledAsync(user.Id, now, cancellationToken) is { } mfaToken)
        {
            // The password is right but the login is not complete: the attempt stays counted until the code is.
            await unitOfWork.SaveChangesAsync(cancellationToken);
            throw new SecondFactorRequiredException(mfaToken);
        }

        var session = sessions.Start(user.Id, now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await throttle.ResetAsync(normalizedEmail, cancellationToken);

        return mapper.ToAuthenticatedUserDto(user, tokens.CreateAccessToken(user, session.Id), session.RefreshToken);
    }
}
