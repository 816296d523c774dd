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
    private readonly JsonWebTokenHandler _handler = new();
    private readonly JwtOptions _options = options.Value;
    private readonly SigningCredentials _signingCredentials = new(
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.SigningKey)),
        SecurityAlgorithms.HmacSha256);

    public TimeSpan RefreshTokenLifetime => _options.RefreshTokenLifetime;

    public string CreateAccessToken(User user)
    {
        var claims = new List<Claim>
        {
            new(TokenClaimNames.Subject, user.Id.ToString()),
            new(TokenClaimNames.Username, user.Username),
            new(TokenClaimNames.SecurityStamp, user.SecurityStamp.ToString("N")),
        };
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
        var (value, hash) = OpaqueTokens.Create();
        return new RefreshTokenSecret(value, hash);
    }

    public string HashRefreshToken(string refreshToken) => OpaqueTokens.Hash(refreshToken);
}
