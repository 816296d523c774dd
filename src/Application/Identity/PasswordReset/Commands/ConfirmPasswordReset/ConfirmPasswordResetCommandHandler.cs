using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.PasswordReset.Commands.ConfirmPasswordReset;

/// <summary>
/// Whoever could sign in before the reset may be the reason for it: every refresh-token family is revoked and the
/// security stamp rotates (live access tokens answer 401), in the same transaction as the new password. The
/// account's other reset links stop working too.
/// </summary>
public sealed class ConfirmPasswordResetCommandHandler(
    IAccountTokenRepository accountTokens,
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    IOneTimeTokens oneTimeTokens,
    IPasswordHasher passwordHasher,
    ISecurityEvents securityEvents,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<ConfirmPasswordResetCommand, Unit>
{
    public async Task<Unit> Handle(ConfirmPasswordResetCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (token, user) = await accountTokens.FindRedeemableAsync(
            users, AccountTokenPurpose.PasswordReset, oneTimeTokens.Hash(request.Token!), now, cancellationToken);

        user.ResetPassword(token, passwordHasher.Hash(request.Password!), now);
        foreach (var otherLink in await accountTokens.ListRedeemableAsync(user.Id, AccountTokenPurpose.PasswordReset, now, cancellationToken))
        {
            otherLink.Redeem(now);
        }

        var sessionsRevoked = await refreshTokens.RevokeAllOfUserAsync(user.Id, now, cancellationToken);
        cacheEvictions.Add(SecurityStampCacheKeys.For(user.Id));
        securityEvents.Record(SecurityEventNames.PasswordResetCompleted, user.Id, new { sessionsRevoked });
        return Unit.Value;
    }
}
