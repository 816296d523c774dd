using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users.Commands.Logout;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using MediatR;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class LogoutCommandHandlerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private FakeClock _clock = null!;
    private RefreshToken _first = null!;
    private RefreshToken _current = null!;
    private DateTimeOffset _rotatedAt;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private Mock<ITokenService> _tokens = null!;
    private CacheEvictions _cacheEvictions = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        var userId = Guid.NewGuid();
        _rotatedAt = _clock.GetUtcNow().AddHours(-2);
        _first = RefreshToken.StartFamily(userId, "first-hash", _clock.GetUtcNow().AddDays(-1), Lifetime);
        _current = _first.Rotate("current-hash", _rotatedAt, Lifetime);
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _refreshTokens.Setup(tokens => tokens.FindByHashAsync("first-hash", It.IsAny<CancellationToken>())).ReturnsAsync(_first);
        _refreshTokens.Setup(tokens => tokens.FindByHashAsync("current-hash", It.IsAny<CancellationToken>())).ReturnsAsync(_current);
        _refreshTokens
            .Setup(tokens => tokens.ListFamilyAsync(_first.FamilyId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new[] { _first, _current });
        _cacheEvictions = new CacheEvictions();
        _tokens = new Mock<ITokenService>();
        _tokens.Setup(tokens => tokens.HashRefreshToken(It.IsAny<string>())).Returns((string value) => value.Replace("-value", "-hash"));
    }

    [Test]
    public async Task Handle_CurrentToken_RevokesEveryTokenOfTheFamily()
    {
        var result = await Handler().Handle(new LogoutCommand { RefreshToken = "current-value" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(Unit.Value));
            Assert.That(_current.RevokedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_first.RevokedAt, Is.EqualTo(_rotatedAt), "an earlier revocation is kept");
        }
    }

    [Test]
    public async Task Handle_CurrentToken_EvictsTheSessionSoItsAccessTokensAreRefused()
    {
        await Handler().Handle(new LogoutCommand { RefreshToken = "current-value" }, CancellationToken.None);

        Assert.That(_cacheEvictions.Drain(), Is.EqualTo(new[] { SessionCacheKeys.For(_first.FamilyId) }));
    }

    [Test]
    public async Task Handle_AlreadyRotatedToken_StillEndsTheSession()
    {
        await Handler().Handle(new LogoutCommand { RefreshToken = "first-value" }, CancellationToken.None);

        Assert.That(_current.IsActive(_clock.GetUtcNow()), Is.False);
    }

    [Test]
    public async Task Handle_UnknownToken_SucceedsWithoutTouchingAnyFamily()
    {
        var result = await Handler().Handle(new LogoutCommand { RefreshToken = "unknown-value" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(Unit.Value));
            Assert.That(_current.RevokedAt, Is.Null);
        }

        _refreshTokens.Verify(tokens => tokens.ListFamilyAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never());
        Assert.That(_cacheEvictions.Drain(), Is.Empty);
    }

    private LogoutCommandHandler Handler() => new(_refreshTokens.Object, _tokens.Object, _cacheEvictions, _clock);
}
