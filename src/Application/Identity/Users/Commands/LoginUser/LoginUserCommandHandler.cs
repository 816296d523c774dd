using AutoMapper;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.LoginUser;

public sealed class LoginUserCommandHandler(
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    IPasswordHasher passwordHasher,
    ITokenService tokens,
    IMapper mapper,
    TimeProvider clock) : IRequestHandler<LoginUserCommand, AuthenticatedUserDto>
{
    public async Task<AuthenticatedUserDto> Handle(LoginUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!, cancellationToken);
        if (user is null || !user.IsActive)
        {
            throw UnauthorizedException.InvalidCredentials();
        }

        var now = clock.GetUtcNow();
        switch (passwordHasher.Verify(user.PasswordHash, request.Password!))
        {
            case PasswordCheck.Failed:
                throw UnauthorizedException.InvalidCredentials();
            case PasswordCheck.SucceededRehashNeeded:
                user.UpgradePasswordHash(passwordHasher.Hash(request.Password!), now);
                break;
        }

        var refreshToken = tokens.CreateRefreshToken();
        refreshTokens.Add(RefreshToken.StartFamily(user.Id, refreshToken.Hash, now, tokens.RefreshTokenLifetime));

        return mapper.ToAuthenticatedUserDto(user, tokens.CreateAccessToken(user), refreshToken.Value);
    }
}
