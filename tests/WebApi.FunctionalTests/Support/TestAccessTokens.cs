using System.Security.Claims;
using System.Text;
using CleanBackend.Infrastructure.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>Hand-made access tokens, to show which properties of a token the API checks.</summary>
public static class TestAccessTokens
{
    /// <summary>A key as long as the real one that the API does not know.</summary>
    public const string ForeignSigningKey = "a-different-key-that-the-api-was-never-configured-with";

    /// <summary>The user id (<c>sub</c>) inside a token the API issued.</summary>
    public static string SubjectOf(string accessToken) => new JsonWebToken(accessToken).Subject;

    /// <summary>The security stamp (<c>sstamp</c>) inside a token the API issued.</summary>
    public static string StampOf(string accessToken) => new JsonWebToken(accessToken).GetClaim(TokenClaimNames.SecurityStamp).Value;

    /// <summary>
    /// An HS256 token for <paramref name="subject"/> with the configured issuer and audience, carrying
    /// <paramref name="securityStamp"/> when given (the API refuses tokens whose stamp is not the user's)
    /// and <paramref name="extraHeader"/> entries in its JOSE header.
    /// </summary>
    public static string Sign(
        string subject,
        string signingKey,
        DateTime notBefore,
        DateTime expires,
        string? securityStamp = null,
        IDictionary<string, object>? extraHeader = null)
    {
        var claims = new List<Claim> { new(TokenClaimNames.Subject, subject) };
        if (securityStamp is not null)
        {
            claims.Add(new Claim(TokenClaimNames.SecurityStamp, securityStamp));
        }

        var handler = new JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = TestHostSettings.Issuer,
            Audience = TestHostSettings.Audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            AdditionalHeaderClaims = extraHeader,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
                SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Whether <paramref name="accessToken"/> carries a valid signature made with <paramref name="signingKey"/>.</summary>
    public static async Task<bool> IsSignedWithAsync(string accessToken, string signingKey)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = TestHostSettings.Issuer,
            ValidAudience = TestHostSettings.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
        });
        return result.IsValid;
    }
}
