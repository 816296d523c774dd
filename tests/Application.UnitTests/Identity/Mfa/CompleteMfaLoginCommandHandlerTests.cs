using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Application.Identity.Mfa.Commands.CompleteMfaLogin;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Mfa;

public class CompleteMfaLoginCommandHandlerTests
{
    private User _user = null!;
    private MfaEnrolment _enrolment = null!;
    private Mock<ILoginThrottle> _throttle = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ITokenService> _tokens = null!;
    private List<RefreshToken> _addedRefreshTokens = null!;
    private List<Session> _addedSessions = null!;
    private FakeClock _clock = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _user = TestUsers.Register(passwordHash: "stored-hash");
        _enrolment = MfaEnrolment.Start(_user.Id, "protected", FakeClock.DefaultStart);
        _enrolment.Confirm(100, [], FakeClock.DefaultStart);
        _enrolment.IssueChallenge("challenge-hash", FakeClock.DefaultStart.AddMinutes(5));
        _throttle = new Mock<ILoginThrottle>();
        _throttle
            .Setup(throttle => throttle.TryBeginAttemptAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DateTimeOffset?)null);
        _unitOfWork = new Mock<IUnitOfWork>();
        _tokens = new Mock<ITokenService>();
        _tokens.Setup(tokens => tokens.CreateRefreshToken()).Returns(new RefreshTokenSecret("refresh-value", "refresh-hash"));
        _tokens.Setup(tokens => tokens.CreateAccessToken(_user, It.IsAny<Guid?>())).Returns("access-token");
        _addedRefreshTokens = [];
        _addedSessions = [];
    }

    [Test]
    public void Handle_UnknownChallenge_IsRefusedBeforeAnyAttemptIsCounted()
    {
        var exception = Assert.ThrowsAsync<UnauthorizedException>(
            () => Handler().Handle(new CompleteMfaLoginCommand { MfaToken = "forged", Code = "123456" }, CancellationToken.None));

        Assert.That(exception.Field, Is.EqualTo("mfaToken"));
        _throttle.Verify(throttle => throttle.TryBeginAttemptAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_ExpiredChallenge_IsRefused()
    {
        _clock.Advance(TimeSpan.FromMinutes(5));

        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command("123456"), CancellationToken.None));

        Assert.That(exception.Field, Is.EqualTo("mfaToken"));
    }

    [Test]
    public void Handle_WrongCode_IsCountedAndStartsNoSession()
    {
        var exception = Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command("000000"), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("code"));
            Assert.That(_addedRefreshTokens, Is.Empty);
        }

        _throttle.Verify(throttle => throttle.ResetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_LockedAccount_IsRefusedWith429()
    {
        _throttle
            .Setup(throttle => throttle.TryBeginAttemptAsync(_user.NormalizedEmail, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(FakeClock.DefaultStart.AddSeconds(8));

        var exception = Assert.ThrowsAsync<TooManyAttemptsException>(() => Handler().Handle(Command("123456"), CancellationToken.None));

        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(8)));
    }

    [Test]
    public async Task Handle_RightCode_EndsTheChallengeAndStartsASession()
    {
        var dto = await Handler().Handle(Command("123456"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Token, Is.EqualTo("access-token"));
            Assert.That(dto.RefreshToken, Is.EqualTo("refresh-value"));
            Assert.That(_addedRefreshTokens.Single().UserId, Is.EqualTo(_user.Id));
            Assert.That(_addedSessions.Single().UserId, Is.EqualTo(_user.Id));
            Assert.That(_enrolment.HasLiveChallenge("challenge-hash", _clock.GetUtcNow()), Is.False);
        }

        _throttle.Verify(throttle => throttle.ResetAsync(_user.NormalizedEmail, It.IsAny<CancellationToken>()), Times.Once);
    }

    private static CompleteMfaLoginCommand Command(string code) => new() { MfaToken = "challenge", Code = code };

    private CompleteMfaLoginCommandHandler Handler()
    {
        var enrolments = new Mock<IMfaEnrolmentRepository>();
        enrolments.Setup(repository => repository.FindByChallengeAsync("challenge-hash", It.IsAny<CancellationToken>())).ReturnsAsync(_enrolment);
        var users = new Mock<IUserRepository>();
        users.Setup(repository => repository.FindByIdAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        var refreshTokens = new Mock<IRefreshTokenRepository>();
        refreshTokens.Setup(repository => repository.Add(It.IsAny<RefreshToken>())).Callback((RefreshToken token) => _addedRefreshTokens.Add(token));
        var sessions = new Mock<ISessionRepository>();
        sessions.Setup(repository => repository.Add(It.IsAny<Session>())).Callback((Session session) => _addedSessions.Add(session));
        var mfaTokens = new Mock<IMfaTokens>();
        mfaTokens.Setup(tokens => tokens.HashChallengeToken(It.IsAny<string>())).Returns((string token) => token + "-hash");
        mfaTokens.Setup(tokens => tokens.HashRecoveryCode(It.IsAny<string>())).Returns("no-such-recovery-code");
        var totp = new Mock<ITotpAuthenticator>();
        totp.Setup(authenticator => authenticator.FindTimeStep("SECRET", "123456", It.IsAny<DateTimeOffset>())).Returns(101);
        var secrets = new Mock<IMfaSecretProtector>();
        secrets.Setup(protector => protector.Unprotect(_user.Id, "protected")).Returns("SECRET");
        var verifier = new MfaCodeVerifier(totp.Object, secrets.Object, mfaTokens.Object, Mock.Of<ISecurityEvents>());

        return new CompleteMfaLoginCommandHandler(
            enrolments.Object,
            users.Object,
            new SessionStarter(refreshTokens.Object, sessions.Object, Mock.Of<IClientDevice>(), _tokens.Object),
            _throttle.Object,
            verifier,
            mfaTokens.Object,
            _unitOfWork.Object,
            _tokens.Object,
            TestMapper.Instance,
            _clock);
    }
}
