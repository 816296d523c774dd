using AutoMapper;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Common;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.RefreshSession;

public sealed class RefreshSessionCommandHandler(
    IRefreshTokenRepository refreshTokens,
    IUserRepository users,
    IUnitOfWork unitOfWork,
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
            // A revoked token coming back means it leaked: whoever holds its successors loses them too.
            await refreshTokens.RevokeFamilyAsync(presented.FamilyId, now, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            throw InvalidRefreshToken();
        }

        if (!presented.IsActive(now))
        {
            throw InvalidRefreshToken();
        }

        var user = await users.FindByIdAsync(presented.UserId, cancellationToken);
        if (user is not { IsActive: true })
        {
            throw InvalidRefreshToken();
        }

        var secret = tokens.CreateRefreshToken();
        refreshTokens.Add(presented.Rotate(secret.Hash, now, tokens.RefreshTokenLifetime));
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another request rotated the same token a moment earlier; only one of them may win.
            throw InvalidRefreshToken();
        }

        return mapper.ToAuthenticatedUserDto(user, tokens.CreateAccessToken(user), secret.Value);
    }

    private static UnauthorizedException InvalidRefreshToken() => new("refreshToken", ValidationMessages.Invalid);
}
