using AutoMapper;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.RefreshSession;

public sealed class RefreshSessionCommandHandler(
    IRefreshTokenRepository refreshTokens,
    ISessionRepository sessions,
    IUserRepository users,
    IUnitOfWork unitOfWork,
    ICacheService cache,
    ITokenService tokens,
    IMapper mapper,
    TimeProvider clock) : IRequestHandler<RefreshSessionCommand, AuthenticatedUserDto>
{
    public async Task<AuthenticatedUserDto> Handle(RefreshSessionCommand request, CancellationToken cancellationToken)
    {
        var presented = await refreshTokens.FindByHashAsync(tokens.HashRefreshToken(request.RefreshToken!), cancellationToken)
            ?? throw InvalidRefreshToken();
        var now = clock.GetUtcNow();

        if (presented.RevokedAt is not null)
        {
            // A revoked token coming back means it leaked: whoever holds its successors loses them, and the
            // session's access tokens, too (evicted once the revocation is saved, so no replica re-caches it as live).
            await refreshTokens.RevokeFamilyAsync(presented.FamilyId, now, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await cache.RemoveAsync([SessionCacheKeys.For(presented.FamilyId)], CancellationToken.None);
            throw InvalidRefreshToken();
        }

        if (!presented.IsActive(now))
        {
            throw InvalidRefreshToken();
        }

        var user = await users.FindByIdAsync(presented.UserId, cancellationToken);
        var session = await sessions.FindAsync(presented.FamilyId, cancellationToken);
        if (user is not { IsActive: true } || session is null)
        {
            throw InvalidRefreshToken();
        }

        var secret = tokens.CreateRefreshToken();
        refreshTokens.Add(presented.Rotate(secret.Hash, now, tokens.RefreshTokenLifetime));
        session.MarkUsed(now);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another request rotated the same token a moment earlier; only one of them may win.
            throw InvalidRefreshToken();
        }

        return mapper.ToAuthenticatedUserDto(user, tokens.CreateAccessToken(user, session.Id), secret.Value);
    }

    private static UnauthorizedException InvalidRefreshToken() => new("refreshToken", ValidationMessages.Invalid);
}
