using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.PasswordReset.Commands.RequestPasswordReset;

public sealed class RequestPasswordResetCommandHandler(
    IPasswordResetThrottle throttle,
    IOneTimeTokens oneTimeTokens,
    IUserRepository users,
    IAccountTokenRepository accountTokens,
    ISecurityEvents securityEvents,
    IOptions<PasswordResetOptions> options,
    TimeProvider clock) : IRequestHandler<RequestPasswordResetCommand, Unit>
{
    public async Task<Unit> Handle(RequestPasswordResetCommand request, CancellationToken cancellationToken)
    {
        if (await throttle.TryAcquireAsync(EmailRules.Normalize(request.Email!), cancellationToken) is { } retryAfter)
        {
            throw new TooManyAttemptsException("email", "has too many reset requests; retry later", retryAfter);
        }

        // The same steps whatever the address: one throttle count, one token made and hashed, one lookup. Only the
        // rows written with the commit differ; the mail itself leaves later from the outbox, never in this request.
        var secret = oneTimeTokens.Create();
        var user = await users.FindByEmailAsync(request.Email!, cancellationToken);
        if (user is { IsActive: true })
        {
            accountTokens.Add(user.IssuePasswordResetToken(secret.Value, secret.Hash, options.Value.TokenLifetime, clock.GetUtcNow()));
            securityEvents.Record(SecurityEventNames.PasswordResetRequested, user.Id);
        }

        return Unit.Value;
    }
}
