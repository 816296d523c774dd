using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Users;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.EmailVerification.Commands.ConfirmEmailVerification;

public sealed class ConfirmEmailVerificationCommandHandler(
    IAccountTokenRepository accountTokens,
    IUserRepository users,
    IOneTimeTokens oneTimeTokens,
    ISecurityEvents securityEvents,
    TimeProvider clock) : IRequestHandler<ConfirmEmailVerificationCommand, Unit>
{
    public async Task<Unit> Handle(ConfirmEmailVerificationCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (token, user) = await accountTokens.FindRedeemableAsync(
            users, AccountTokenPurpose.EmailVerification, oneTimeTokens.Hash(request.Token!), now, cancellationToken);

        user.VerifyEmail(token, now);
        securityEvents.Record(SecurityEventNames.EmailVerified, user.Id);
        return Unit.Value;
    }
}
