using System.Text;
using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

public sealed class JwtTokenServiceTests
{
    // Issuer and audience differ from JwtOptions' defaults so that a token ignoring the options would fail validation.
    private static readonly JwtOptions Settings = new()
    {
        SigningKey = "integration-tests-signing-key-of-more-than-32-bytes",
        Issuer = "it-issuer",
        Audience = "it-audience",
        AccessTokenLifetime = TimeSpan.FromMinutes(15),
    };

    // Whole seconds, because JWT times are; the current time, because validation checks expiry against the real clock.
    private readonly DateTimeOffset _now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    private JwtTokenService _service = null!;

    [SetUp]
    public void CreateService() =>
        _service = new JwtTokenService(Options.Create(Settings), new FixedTimeProvider(_now));

    [Test]
    public async Task CreateAccessToken_ValidatesWithTheConfiguredKeyIssuerAndAudience()
    {
        var token = _service.CreateAccessToken(TestUsers.Register("validated"), sessionId: null);

        var result = await ValidateAsync(token, Settings.SigningKey, Settings.Audience);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True, () => result.Exception?.Message ?? "invalid");
            Assert.That(new JsonWebToken(token).Alg, Is.EqualTo(SecurityAlgorithms.HmacSha256));
        }
    }

    [Test]
    public async Task CreateAccessToken_DoesNotValidateWithAnotherKey()
    {
        var token = _service.CreateAccessToken(TestUsers.Register("forged"), sessionId: null);

        var result = await ValidateAsync(token, "another-signing-key-that-is-also-long-enough", Settings.Audience);

        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public async Task CreateAccessToken_DoesNotValidateForAnotherAudience()
    {
        var token = _service.CreateAccessToken(TestUsers.Register("misdirected"), sessionId: null);

        var result = await ValidateAsync(token, Settings.SigningKey, "another-audience");

        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public async Task CreateAccessToken_CarriesTheUsersIdentityStampRolesAndSession()
    {
        var user = TestUsers.Register("claimant");
        user.GrantRole(Role.Admin, _now);

        var sessionId = Guid.CreateVersion7();
        var result = await ValidateAsync(_service.CreateAccessToken(user, sessionId), Settings.SigningKey, Settings.Audience);

        var identity = result.ClaimsIdentity;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(identity.FindFirst(TokenClaimNames.Subject)?.Value, Is.EqualTo(user.Id.ToString()));
            Assert.That(identity.FindFirst(TokenClaimNames.Username)?.Value, Is.EqualTo("claimant"));
            Assert.That(identity.FindFirst(TokenClaimNames.SecurityStamp)?.Value, Is.EqualTo(user.SecurityStamp.ToString("N")));
            Assert.That(identity.FindFirst(TokenClaimNames.SessionId)?.Value, Is.EqualTo(sessionId.ToString()));
            Assert.That(
                identity.FindAll(TokenClaimNames.Role).Select(claim => claim.Value),
                Is.EquivalentTo(new[] { RoleName.User, RoleName.Admin }));
        }
    }

    [Test]
    public async Task CreateAccessToken_WithoutASession_CarriesNoSessionClaim()
    {
        var result = await ValidateAsync(_service.CreateAccessToken(TestUsers.Register("registered"), sessionId: null), Settings.SigningKey, Settings.Audience);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True);
            Assert.That(result.ClaimsIdentity.FindFirst(TokenClaimNames.SessionId), Is.Null);
        }
    }

    [Test]
    public void CreateAccessToken_IsIssuedNowForTheConfiguredLifetime()
    {
        var token = new JsonWebToken(_service.CreateAccessToken(TestUsers.Register("timed"), sessionId: null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.IssuedAt, Is.EqualTo(_now.UtcDateTime));
            Assert.That(token.ValidFrom, Is.EqualTo(_now.UtcDateTime));
            Assert.That(token.ValidTo, Is.EqualTo(_now.UtcDateTime + Settings.AccessTokenLifetime));
        }
    }

    [Test]
    public void CreateRefreshToken_GivesDistinctUrlSafeValuesWithTheirHashes()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => _service.CreateRefreshToken()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens.Select(token => token.Value), Is.Unique);

            // 32 random bytes in unpadded base64url: 43 characters from the URL-safe alphabet.
            Assert.That(tokens.Select(token => token.Value), Has.All.Matches("^[A-Za-z0-9_-]{43}$"));
            Assert.That(tokens.Select(token => token.Hash), Has.All.Matches("^[0-9a-f]{64}$"));
            Assert.That(tokens.Select(token => token.Hash), Is.EqualTo(tokens.Select(token => _service.HashRefreshToken(token.Value))));
        }
    }

    [Test]
    public void HashRefreshToken_IsLowerCaseHexSha256OfTheUtf8Value()
    {
        // The FIPS 180-2 test vector for "abc": a stored hash must stay comparable across releases.
        Assert.That(
            _service.HashRefreshToken("abc"),
            Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    private static Task<TokenValidationResult> ValidateAsync(string token, string signingKey, string audience) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Settings.Issuer,
            ValidAudience = audience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });
}
