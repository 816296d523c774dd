using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users.Commands.RefreshSession;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class RefreshSessionCommandHandlerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private static readonly RefreshSessionCommand Command = new() { RefreshToken = "presented-value" };

    private FakeClock _clock = null!;
    private User _user = null!;
    private RefreshToken _presented = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private Session _session = null!;
    private Mock<ISessionRepository> _sessions = null!;
    private Mock<ICacheService> _cache = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ITokenService> _tokens = null!;
    private List<RefreshToken> _added = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _user = TestUsers.Register();
        _presented = RefreshToken.StartFamily(_user.Id, "presented-hash", _clock.GetUtcNow().AddDays(-1), Lifetime);
        _added = [];
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _refreshTokens.Setup(tokens => tokens.FindByHashAsync("presented-hash", It.IsAny<CancellationToken>())).ReturnsAsync(() => _presented);
        _refreshTokens.Setup(tokens => tokens.Add(It.IsAny<RefreshToken>())).Callback((RefreshToken token) => _added.Add(token));
        _session = Session.Start(_presented, "Firefox/140.0", "203.0.113.7");
        _sessions = new Mock<ISessionRepository>();
        _sessions.Setup(sessions => sessions.FindAsync(_presented.FamilyId, It.IsAny<CancellationToken>())).ReturnsAsync(() => _session);
        _cache = new Mock<ICacheService>();
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByIdAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _unitOfWork = new Mock<IUnitOfWork>();
        _tokens = new Mock<ITokenService>();
        _tokens.Setup(tokens => tokens.HashRefreshToken(It.IsAny<string>())).Returns((string value) => value.Replace("-value", "-hash"));
        _tokens.SetupGet(tokens => tokens.RefreshTokenLifetime).Returns(Lifetime);
        _tokens.Setup(tokens => tokens.CreateRefreshToken()).Returns(new RefreshTokenSecret("successor-value", "successor-hash"));
        _tokens.Setup(tokens => tokens.CreateAccessToken(_user, It.IsAny<Guid?>())).Returns("access-token");
    }

    [Test]
    public void Handle_UnknownToken_ThrowsUnauthorizedForTheRefreshToken()
    {
        var exception = Assert.ThrowsAsync<UnauthorizedException>(
            () => Handler().Handle(new RefreshSessionCommand { RefreshToken = "unknown-value" }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("refreshToken"));
            Assert.That(exception.Reason, Is.EqualTo("is invalid"));
        }

        _unitOfWork.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_ReplayedRotatedToken_RevokesTheWholeFamilyAndSavesThatBeforeFailing()
    {
        var rotatedAt = _clock.GetUtcNow().AddHours(-1);
        var successor = _presented.Rotate("older-successor-hash", rotatedAt, Lifetime);
        var family = new[] { _presented, successor };
        _refreshTokens.Setup(tokens => tokens.ListFamilyAsync(_presented.FamilyId, It.IsAny<CancellationToken>())).ReturnsAsync(family);
        var familyRevokedWhenSaved = false;
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()))
            .Callback(() => familyRevokedWhenSaved = family.All(token => token.RevokedAt is not null))
            .Returns(Task.CompletedTask);

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("refreshToken"));
            Assert.That(successor.RevokedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_presented.RevokedAt, Is.EqualTo(rotatedAt), "the first revocation time is kept");
            Assert.That(familyRevokedWhenSaved, Is.True);
            Assert.That(_added, Is.Empty);
        }

        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public void Handle_ReplayedRotatedToken_EvictsTheSessionSoItsAccessTokensAreRefused()
    {
        _presented.Rotate("older-successor-hash", _clock.GetUtcNow().AddHours(-1), Lifetime);
        _refreshTokens.Setup(tokens => tokens.ListFamilyAsync(_presented.FamilyId, It.IsAny<CancellationToken>())).ReturnsAsync([_presented]);

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        _cache.Verify(
            cache => cache.RemoveAsync(
                It.Is<IReadOnlyCollection<string>>(keys => keys.SequenceEqual(new[] { SessionCacheKeys.For(_presented.FamilyId) })),
                It.IsAny<CancellationToken>()),
            Times.Once());
    }

    [Test]
    public void Handle_ExpiredToken_ThrowsUnauthorizedWithoutSaving()
    {
        _presented = RefreshToken.StartFamily(_user.Id, "presented-hash", _clock.GetUtcNow() - Lifetime, Lifetime);

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("refreshToken"));
            Assert.That(_added, Is.Empty);
        }

        _unitOfWork.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_InactiveUser_ThrowsUnauthorizedWithoutRotating()
    {
        _user.Deactivate(_clock.GetUtcNow());

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("refreshToken"));
            Assert.That(_added, Is.Empty);
            Assert.That(_presented.RevokedAt, Is.Null);
        }

        _unitOfWork.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_UserNoLongerExists_ThrowsUnauthorized()
    {
        _users.Setup(users => users.FindByIdAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync((User?)null);

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(exception.Field, Is.EqualTo("refreshToken"));
    }

    [Test]
    public void Handle_ConcurrentRotationWinsTheSave_ThrowsUnauthorized()
    {
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConcurrencyConflictException("refresh_tokens"));

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(exception.Field, Is.EqualTo("refreshToken"));
    }

    [Test]
    public async Task Handle_ActiveToken_RotatesItWithinTheFamilyAndSaves()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_added, Has.Count.EqualTo(1));
        var successor = _added[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_presented.RevokedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_presented.ReplacedById, Is.EqualTo(successor.Id));
            Assert.That(successor.FamilyId, Is.EqualTo(_presented.FamilyId));
            Assert.That(successor.UserId, Is.EqualTo(_user.Id));
            Assert.That(successor.TokenHash, Is.EqualTo("successor-hash"));
            Assert.That(successor.ExpiresAt, Is.EqualTo(_clock.GetUtcNow() + Lifetime));
        }

        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_ActiveToken_MarksTheSessionUsedAndKeepsItsIdInTheAccessToken()
    {
        await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_session.LastUsedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_session.CreatedAt, Is.EqualTo(_presented.CreatedAt));
        }

        _tokens.Verify(tokens => tokens.CreateAccessToken(_user, _presented.FamilyId), Times.Once());
    }

    [Test]
    public void Handle_TokenOfNoSession_ThrowsUnauthorizedWithoutRotating()
    {
        _session = null!;

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("refreshToken"));
            Assert.That(_added, Is.Empty);
        }
    }

    [Test]
    public async Task Handle_ActiveToken_ReturnsTheProfileWithTheNewTokens()
    {
        var dto = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("JohnDoe"));
            Assert.That(dto.Token, Is.EqualTo("access-token"));
            Assert.That(dto.RefreshToken, Is.EqualTo("successor-value"));
        }
    }

    private RefreshSessionCommandHandler Handler() =>
        new(_refreshTokens.Object, _sessions.Object, _users.Object, _unitOfWork.Object, _cache.Object, _tokens.Object, TestMapper.Instance, _clock);
}
