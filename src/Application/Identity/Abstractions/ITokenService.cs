using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Abstractions;

public interface ITokenService
{
    TimeSpan RefreshTokenLifetime { get; }

    string CreateAccessToken(User user);

    /// <summary>A new random refresh token: the value goes to the client, only the hash is stored.</summary>
    RefreshTokenSecret CreateRefreshToken();

    string HashRefreshToken(string refreshToken);
}
