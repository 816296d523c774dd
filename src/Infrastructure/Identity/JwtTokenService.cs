using System.Security.Claims;
using System.Text;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CleanBackend.Infrastructure.Identity;

internal sealed class JwtTokenService(IOptions<JwtOptions> options, TimeProvider clock) : ITokenService
{
    private const int RefreshTokenBytes = 32;

    private readonly JsonWebTokenHandler _handler = new();
    private readonly JwtOptions _options = options.Value;
    private readonly SigningCredentials _signingCredentials = new(
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.SigningKey)),
        SecurityAlgorithms.HmacSha256);

    public TimeSpan RefreshTokenLifetime => _options.RefreshTokenLifetime;

    public string CreateAccessToken(User user, Guid? sessionId)
    {
        var claims = new List<Claim>
        {
            new(TokenClaimNames.Subject, user.Id.ToString()),
            new(TokenClaimNames.Username, user.Username),
            new(TokenClaimNames.SecurityStamp, user.SecurityStamp.ToString("N")),
        };
        if (sessionId is { } session)
        {
            claims.Add(new Claim(TokenClaimNames.SessionId, session.ToString()));
        }

        claims.AddRange(user.RoleNames.Select(role => new Claim(TokenClaimNames.Role, role)));

        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _options.AccessTokenLifetime,
            SigningCredentials = _signingCredentials,
        });
    }

    public RefreshTokenSecret CreateRefreshToken()
    {
        var value = OpaqueTokens.NewValue(RefreshTokenBytes);
        return new RefreshTokenSecret(value, HashRefreshToken(value));
    }

    public string HashRefreshToken(string refreshToken) => OpaqueTokens.Hash(refreshToken);
}
