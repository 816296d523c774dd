using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.Logout;

public sealed class LogoutCommandHandler(
    IRefreshTokenRepository refreshTokens,
    ITokenService tokens,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<LogoutCommand, Unit>
{
    /// <summary>An unknown or already revoked token is not an error: logging out twice leaves the same state.</summary>
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var presented = await refreshTokens.FindByHashAsync(tokens.HashRefreshToken(request.RefreshToken!), cancellationToken);
        if (presented is null)
        {
            return Unit.Value;
        }

        await refreshTokens.RevokeFamilyAsync(presented.FamilyId, clock.GetUtcNow(), cancellationToken);
        cacheEvictions.Add(SessionCacheKeys.For(presented.FamilyId));
        return Unit.Value;
    }
}
