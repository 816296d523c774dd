using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users;
using CleanBackend.Application.Identity.Users.Commands.LoginUser;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class LoginUserCommandHandlerTests
{
    private static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);
    private static readonly LoginUserCommand Command = new() { Email = "john.doe@example.com", Password = "jakejake" };

    private User _user = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private Mock<ISessionRepository> _sessions = null!;
    private Mock<IPasswordHasher> _passwordHasher = null!;
    private Mock<ILoginThrottle> _throttle = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ITokenService> _tokens = null!;
    private Mock<IMfaEnrolmentRepository> _mfaEnrolments = null!;
    private FakeClock _clock = null!;
    private List<RefreshToken> _addedRefreshTokens = null!;
    private List<Session> _addedSessions = null!;
    private Mock<IClientDevice> _device = null!;

    [SetUp]
    public void SetUp()
    {
        _user = TestUsers.Register(passwordHash: "stored-hash");
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByEmailAsync("john.doe@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _addedRefreshTokens = [];
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _refreshTokens.Setup(tokens => tokens.Add(It.IsAny<RefreshToken>())).Callback((RefreshToken token) => _addedRefreshTokens.Add(token));
        _addedSessions = [];
        _sessions = new Mock<ISessionRepository>();
        _sessions.Setup(sessions => sessions.Add(It.IsAny<Session>())).Callback((Session session) => _addedSessions.Add(session));
        _device = new Mock<IClientDevice>();
        _device.SetupGet(device => device.UserAgent).Returns("Firefox/140.0");
        _device.SetupGet(device => device.IpAddress).Returns("203.0.113.7");
        _passwordHasher = new Mock<IPasswordHasher>();
        _passwordHasher.Setup(hasher => hasher.Verify("stored-hash", "jakejake")).Returns(PasswordCheck.Succeeded);
        _passwordHasher.Setup(hasher => hasher.Verify("stored-hash", It.Is<string>(password => password != "jakejake"))).Returns(PasswordCheck.Failed);
        _passwordHasher.SetupGet(hasher => hasher.UnmatchableHash).Returns("unmatchable-hash");
        _passwordHasher.Setup(hasher => hasher.Verify("unmatchable-hash", It.IsAny<string>())).Returns(PasswordCheck.Failed);
        _throttle = new Mock<ILoginThrottle>();
        _throttle
            .Setup(throttle => throttle.TryBeginAttemptAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DateTimeOffset?)null);
        _unitOfWork = new Mock<IUnitOfWork>();
        _tokens = new Mock<ITokenService>();
        _tokens.SetupGet(tokens => tokens.RefreshTokenLifetime).Returns(RefreshTokenLifetime);
        _tokens.Setup(tokens => tokens.CreateRefreshToken()).Returns(new RefreshTokenSecret("refresh-value", "refresh-hash"));
        _tokens.Setup(tokens => tokens.CreateAccessToken(_user, It.IsAny<Guid?>())).Returns("access-token");
        _mfaEnrolments = new Mock<IMfaEnrolmentRepository>();
        _clock = new FakeClock();
    }

    [Test]
    public void Handle_UnknownEmail_ThrowsUnauthorizedForTheCredentials()
    {
        var exception = Assert.ThrowsAsync<UnauthorizedException>(
            () => Handler().Handle(Command with { Email = "nobody@example.com" }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("credentials"));
            Assert.That(_addedRefreshTokens, Is.Empty);
        }
    }

    [Test]
    public void Handle_InactiveUser_ThrowsUnauthorizedForTheCredentials()
    {
        _user.Deactivate(FakeClock.DefaultStart);

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("credentials"));
            Assert.That(_addedRefreshTokens, Is.Empty);
        }
    }

    [Test]
    public void Handle_WrongPassword_ThrowsUnauthorizedForTheCredentials()
    {
        var exception = Assert.ThrowsAsync<UnauthorizedException>(
            () => Handler().Handle(Command with { Password = "wrong-password" }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("credentials"));
            Assert.That(_addedRefreshTokens, Is.Empty);
            Assert.That(_user.PasswordHash, Is.EqualTo("stored-hash"));
        }
    }

    /// <summary>
    /// Login timing must not tell registered addresses apart: an unknown one costs the same single hash
    /// verification (against a hash of the same parameters) and the same lockout bookkeeping as a wrong password.
    /// </summary>
    [TestCase("nobody@example.com", "jakejake", "unmatchable-hash")]
    [TestCase("john.doe@example.com", "wrong-password", "stored-hash")]
    public void Handle_UnknownEmailOrWrongPassword_VerifiesOneHashAndCountsTheAttemptAlike(string email, string password, string verifiedHash)
    {
        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(new LoginUserCommand { Email = email, Password = password }, CancellationToken.None));

        _passwordHasher.Verify(hasher => hasher.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Once());
        _passwordHasher.Verify(hasher => hasher.Verify(verifiedHash, password), Times.Once());
        _throttle.Verify(throttle => throttle.TryBeginAttemptAsync(email, _clock.GetUtcNow(), It.IsAny<CancellationToken>()), Times.Once());
        _users.Verify(users => users.FindByEmailAsync(email, It.IsAny<CancellationToken>()), Times.Once());
        _throttle.Verify(throttle => throttle.ResetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never());
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public void Handle_InactiveUser_StillVerifiesThePasswordOnce()
    {
        _user.Deactivate(FakeClock.DefaultStart);

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        _passwordHasher.Verify(hasher => hasher.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Once());
        _throttle.Verify(throttle => throttle.ResetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public void Handle_LockedAddress_RefusesEvenTheRightPasswordWithTheTimeLeftAndChecksNothing()
    {
        _throttle
            .Setup(throttle => throttle.TryBeginAttemptAsync("john.doe@example.com", _clock.GetUtcNow(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(_clock.GetUtcNow().AddSeconds(8));

        var exception = Assert.ThrowsAsync<TooManyAttemptsException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("credentials"));
            Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(8)));
            Assert.That(_addedRefreshTokens, Is.Empty);
        }

        _users.Verify(users => users.FindByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never());
        _passwordHasher.Verify(hasher => hasher.Verify(It.IsAny<string>(), It.IsAny<string>()), Times.Never());
    }

    [Test]
    public async Task Handle_RightPassword_IsThrottledByTheNormalisedEmailAndForgetsTheFailuresAfterSaving()
    {
        _users.Setup(users => users.FindByEmailAsync(" John.Doe@Example.com ", It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        var order = new List<string>();
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).Callback(() => order.Add("save"));
        _throttle.Setup(throttle => throttle.ResetAsync("john.doe@example.com", It.IsAny<CancellationToken>())).Callback(() => order.Add("reset"));

        await Handler().Handle(Command with { Email = " John.Doe@Example.com " }, CancellationToken.None);

        _throttle.Verify(throttle => throttle.TryBeginAttemptAsync("john.doe@example.com", _clock.GetUtcNow(), It.IsAny<CancellationToken>()), Times.Once());
        Assert.That(order, Is.EqualTo(new[] { "save", "reset" }));
    }

    /// <summary>A transaction would roll the counted attempt back with the 401: login saves on its own instead.</summary>
    [Test]
    public void LoginUserCommand_IsNotRunInARolledBackTransaction()
    {
        Assert.That(typeof(ICommand<AuthenticatedUserDto>).IsAssignableFrom(typeof(LoginUserCommand)), Is.False);
    }

    [Test]
    public async Task Handle_PasswordMatchesAnOutdatedHash_StoresAFreshHash()
    {
        _passwordHasher.Setup(hasher => hasher.Verify("stored-hash", "jakejake")).Returns(PasswordCheck.SucceededRehashNeeded);
        _passwordHasher.Setup(hasher => hasher.Hash("jakejake")).Returns("fresh-hash");

        await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.PasswordHash, Is.EqualTo("fresh-hash"));
            Assert.That(_user.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
        }

        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_PasswordMatchesACurrentHash_KeepsTheStoredHash()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_user.PasswordHash, Is.EqualTo("stored-hash"));
        _passwordHasher.Verify(hasher => hasher.Hash(It.IsAny<string>()), Times.Never());
    }

    [Test]
    public async Task Handle_RightPassword_StartsARefreshTokenFamilyStoringOnlyTheHash()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_addedRefreshTokens, Has.Count.EqualTo(1));
        var stored = _addedRefreshTokens[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.UserId, Is.EqualTo(_user.Id));
            Assert.That(stored.TokenHash, Is.EqualTo("refresh-hash"));
            Assert.That(stored.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(stored.ExpiresAt, Is.EqualTo(_clock.GetUtcNow() + RefreshTokenLifetime));
            Assert.That(stored.IsActive(_clock.GetUtcNow()), Is.True);
        }
    }

    [Test]
    public async Task Handle_RightPassword_StartsASessionOfTheDeviceWhoseIdTheAccessTokenCarries()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_addedSessions, Has.Count.EqualTo(1));
        var session = _addedSessions[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(session.Id, Is.EqualTo(_addedRefreshTokens.Single().FamilyId));
            Assert.That(session.UserId, Is.EqualTo(_user.Id));
            Assert.That(session.UserAgent, Is.EqualTo("Firefox/140.0"));
            Assert.That(session.IpAddress, Is.EqualTo("203.0.113.7"));
            Assert.That(session.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(session.LastUsedAt, Is.EqualTo(_clock.GetUtcNow()));
        }

        _tokens.Verify(tokens => tokens.CreateAccessToken(_user, session.Id), Times.Once());
    }

    [Test]
    public void Handle_WrongPassword_StartsNoSession()
    {
        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command with { Password = "wrong-password" }, CancellationToken.None));

        Assert.That(_addedSessions, Is.Empty);
    }

    [Test]
    public async Task Handle_RightPassword_ReturnsTheProfileWithBothTokens()
    {
        var dto = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("JohnDoe"));
            Assert.That(dto.Email, Is.EqualTo("john.doe@example.com"));
            Assert.That(dto.Token, Is.EqualTo("access-token"));
            Assert.That(dto.RefreshToken, Is.EqualTo("refresh-value"));
        }
    }

    [Test]
    public void Handle_RightPasswordOfAUserWithMfa_AnswersAChallengeInsteadOfASession()
    {
        var enrolment = MfaEnrolment.Start(_user.Id, "protected", FakeClock.DefaultStart);
        enrolment.Confirm(1, [], FakeClock.DefaultStart);
        _mfaEnrolments.Setup(enrolments => enrolments.FindAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(enrolment);
        var mfaTokens = new Mock<IMfaTokens>();
        mfaTokens.Setup(tokens => tokens.CreateChallengeToken()).Returns(new HashedSecret("challenge-value", "challenge-hash"));

        var exception = Assert.ThrowsAsync<SecondFactorRequiredException>(
            () => Handler(mfaTokens.Object).Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.MfaToken, Is.EqualTo("challenge-value"));
            Assert.That(enrolment.HasLiveChallenge("challenge-hash", _clock.GetUtcNow()), Is.True);
            Assert.That(_addedRefreshTokens, Is.Empty);
        }

        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
        _throttle.Verify(throttle => throttle.ResetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_RightPasswordOfAUserWithAPendingEnrolment_LogsInWithThePasswordAlone()
    {
        var pending = MfaEnrolment.Start(_user.Id, "protected", FakeClock.DefaultStart);
        _mfaEnrolments.Setup(enrolments => enrolments.FindAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(pending);

        var dto = await Handler().Handle(Command, CancellationToken.None);

        Assert.That(dto.RefreshToken, Is.EqualTo("refresh-value"));
    }

    private LoginUserCommandHandler Handler(IMfaTokens? mfaTokens = null) =>
        new(
            _users.Object,
            new SessionStarter(_refreshTokens.Object, _sessions.Object, _device.Object, _tokens.Object),
            _throttle.Object,
            _unitOfWork.Object,
            _passwordHasher.Object,
            _tokens.Object,
            new MfaLoginChallenges(_mfaEnrolments.Object, mfaTokens ?? Mock.Of<IMfaTokens>(), Options.Create(new MfaOptions())),
            TestMapper.Instance,
            _clock);
}
