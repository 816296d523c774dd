using AutoMapper;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Domain.Identity;
using MediatR;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;

public sealed class UpdateCurrentUserCommandHandler(
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    SessionStarter sessions,
    IAccountTokenRepository accountTokens,
    ICurrentUser currentUser,
    IPasswordHasher passwordHasher,
    ITokenService tokens,
    IOneTimeTokens oneTimeTokens,
    ISecurityEvents securityEvents,
    IMapper mapper,
    CacheEvictions cacheEvictions,
    IOptions<EmailVerificationOptions> emailVerification,
    TimeProvider clock) : IRequestHandler<UpdateCurrentUserCommand, UpdatedUserDto>
{
    public async Task<UpdatedUserDto> Handle(UpdateCurrentUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new NotFoundException("user");

        await users.EnsureAvailableAsync(
            request.Username.HasValue ? request.Username.Value : null,
            request.Email.HasValue ? request.Email.Value : null,
            user.Id,
            cancellationToken);

        var now = clock.GetUtcNow();
        if (request.Username.HasValue)
        {
            user.ChangeUsername(request.Username.Value!, now);
        }

        if (request.Email.HasValue && user.ChangeEmail(request.Email.Value!, now))
        {
            // The old address is told (the domain event); the new one must be proven before it counts as verified.
            var verification = oneTimeTokens.Create();
            accountTokens.Add(user.IssueEmailVerificationToken(verification.Value, verification.Hash, emailVerification.Value.TokenLifetime, now));
            securityEvents.Record(SecurityEventNames.EmailChanged, user.Id);
        }

        StartedSession? newSession = null;
        if (request.Password.HasValue)
        {
            user.ChangePasswordHash(passwordHasher.Hash(request.Password.Value!), now);
            cacheEvictions.Add(SecurityStampCacheKeys.For(user.Id));
            newSession = await StartTheOnlySessionAsync(user, now, cancellationToken);
        }

        if (request.Bio.HasValue)
        {
            user.ChangeBio(request.Bio.Value, now);
        }

        if (request.Image.HasValue)
        {
            user.ChangeImage(request.Image.Value, now);
        }

        if (request.Newsletter is { HasValue: true, Value: { } receivesNewsletter })
        {
            user.ChangeNewsletterSubscription(receivesNewsletter, now);
        }

        // Username and security stamp are claims of the access token, so the old one may now be stale.
        return mapper.Map<UpdatedUserDto>(user) with
        {
            Token = tokens.CreateAccessToken(user, newSession?.Id ?? currentUser.SessionId),
            RefreshToken = newSession?.RefreshToken,
        };
    }

    /// <summary>
    /// Whoever knew the old password may hold a refresh token: every family is revoked (the new stamp
    /// already refuses the access tokens) and the caller alone gets a new one, all in this command's transaction.
    /// </summary>
    private async Task<StartedSession> StartTheOnlySessionAsync(User user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await refreshTokens.RevokeAllOfUserAsync(user.Id, now, cancellationToken);
        return sessions.Start(user.Id, now);
    }
}
