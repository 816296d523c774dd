using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Abstractions;

public interface ITokenService
{
    TimeSpan RefreshTokenLifetime { get; }

    /// <param name="user">Whose token it is: id, name, security stamp and roles become claims.</param>
    /// <param name="sessionId">The session the token belongs to, which ending it refuses; null for a token outside any (registration's).</param>
    string CreateAccessToken(User user, Guid? sessionId);

    /// <summary>A new random refresh token: the value goes to the client, only the hash is stored.</summary>
    RefreshTokenSecret CreateRefreshToken();

    string HashRefreshToken(string refreshToken);
}
