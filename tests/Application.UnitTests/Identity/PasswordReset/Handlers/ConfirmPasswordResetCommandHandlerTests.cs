using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.PasswordReset.Commands.ConfirmPasswordReset;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.PasswordReset.Handlers;

public class ConfirmPasswordResetCommandHandlerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private static readonly ConfirmPasswordResetCommand Command = new() { Token = "token-1", Password = "new-password" };

    private FakeClock _clock = null!;
    private FakeOneTimeTokens _oneTimeTokens = null!;
    private User _user = null!;
    private Guid _originalStamp;
    private AccountToken _token = null!;
    private Mock<IAccountTokenRepository> _accountTokens = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private Mock<IPasswordHasher> _passwordHasher = null!;
    private RecordingSecurityEvents _securityEvents = null!;
    private CacheEvictions _cacheEvictions = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _oneTimeTokens = new FakeOneTimeTokens();
        _user = TestUsers.Register("JohnDoe", "john.doe@example.com", "stored-hash");
        _originalStamp = _user.SecurityStamp;
        _token = IssueResetToken(_clock.GetUtcNow().AddMinutes(-5));
        _user.ClearDomainEvents();
        _accountTokens = new Mock<IAccountTokenRepository>();
        _accountTokens
            .Setup(tokens => tokens.FindAsync(AccountTokenPurpose.PasswordReset, _token.TokenHash, It.IsAny<CancellationToken>()))
            .ReturnsAsync(_token);
        _accountTokens
            .Setup(tokens => tokens.ListRedeemableAsync(It.IsAny<Guid>(), It.IsAny<AccountTokenPurpose>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByIdAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _refreshTokens
            .Setup(tokens => tokens.ListActiveForUserAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        _passwordHasher = new Mock<IPasswordHasher>();
        _passwordHasher.Setup(hasher => hasher.Hash(It.IsAny<string>())).Returns((string password) => $"hashed-{password}");
        _securityEvents = new RecordingSecurityEvents();
        _cacheEvictions = new CacheEvictions();
    }

    [Test]
    public async Task Handle_RedeemableToken_SetsTheNewPasswordRotatesTheStampAndUsesTheToken()
    {
        await Handler().Handle(Command, CancellationToken.None);

        var now = _clock.GetUtcNow();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.PasswordHash, Is.EqualTo("hashed-new-password"));
            Assert.That(_user.SecurityStamp, Is.Not.EqualTo(_originalStamp));
            Assert.That(_token.UsedAt, Is.EqualTo(now));
            Assert.That(_user.EmailVerifiedAt, Is.EqualTo(now), "reading the mail proved the address");
            Assert.That(_user.DomainEvents, Is.EqualTo(new IDomainEvent[]
            {
                new PasswordResetCompleted(_user.Id, "JohnDoe", "john.doe@example.com", now),
            }));
        }
    }

    [Test]
    public async Task Handle_RedeemableToken_RevokesEveryRefreshTokenFamilyOfTheUser()
    {
        var now = _clock.GetUtcNow();
        var laptop = RefreshToken.StartFamily(_user.Id, "laptop", now.AddDays(-3), TimeSpan.FromDays(30));
        var phone = RefreshToken.StartFamily(_user.Id, "phone", now.AddDays(-1), TimeSpan.FromDays(30));
        _refreshTokens
            .Setup(tokens => tokens.ListActiveForUserAsync(_user.Id, now, It.IsAny<CancellationToken>()))
            .ReturnsAsync([laptop, phone]);

        await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(laptop.RevokedAt, Is.EqualTo(now));
            Assert.That(phone.RevokedAt, Is.EqualTo(now));
        }

        _refreshTokens.Verify(tokens => tokens.Add(It.IsAny<RefreshToken>()), Times.Never(), "the reset starts no session");
    }

    [Test]
    public async Task Handle_RedeemableToken_EvictsTheCachedSecurityStamp()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_cacheEvictions.Drain(), Is.EqualTo(new[] { SecurityStampCacheKeys.For(_user.Id) }), "every replica must drop the old stamp");
    }

    [Test]
    public async Task Handle_RedeemableToken_RedeemsTheOtherResetLinksOfTheUser()
    {
        var now = _clock.GetUtcNow();
        var earlierLink = IssueResetToken(now.AddMinutes(-20));
        var laterLink = IssueResetToken(now.AddMinutes(-1));
        _accountTokens
            .Setup(tokens => tokens.ListRedeemableAsync(_user.Id, AccountTokenPurpose.PasswordReset, now, It.IsAny<CancellationToken>()))
            .ReturnsAsync([earlierLink, laterLink]);

        await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(earlierLink.UsedAt, Is.EqualTo(now));
            Assert.That(laterLink.UsedAt, Is.EqualTo(now));
        }
    }

    [Test]
    public async Task Handle_RedeemableToken_RecordsTheCompletedReset()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_securityEvents.Events, Is.EqualTo(new[] { (SecurityEventNames.PasswordResetCompleted, _user.Id) }));
    }

    [Test]
    public void Handle_ForgedToken_ThrowsInvalidOnTokenAndChangesNothing()
    {
        AssertRefused(Command with { Token = "made-up" }, ValidationMessages.Invalid);
    }

    [Test]
    public void Handle_UsedToken_ThrowsAlreadyUsedOnTokenAndChangesNothing()
    {
        _token.Redeem(_clock.GetUtcNow().AddMinutes(-1));

        AssertRefused(Command, AccountToken.AlreadyUsed);
    }

    [Test]
    public void Handle_ExpiredToken_ThrowsExpiredOnTokenAndChangesNothing()
    {
        _clock.Advance(Lifetime);

        AssertRefused(Command, AccountToken.Expired);
    }

    [Test]
    public void Handle_TokenMailedToTheAddressTheAccountNoLongerHas_ThrowsForAnotherAddressOnTokenAndChangesNothing()
    {
        _user.ChangeEmail("jd@example.org", _clock.GetUtcNow().AddMinutes(-1));
        _user.ClearDomainEvents();

        AssertRefused(Command, AccountToken.ForAnotherAddress);
    }

    [Test]
    public void Handle_TokenOfADeactivatedUser_ThrowsInvalidOnTokenAndChangesNothing()
    {
        _user.Deactivate(_clock.GetUtcNow().AddMinutes(-1));
        _user.ClearDomainEvents();

        AssertRefused(Command, ValidationMessages.Invalid);
    }

    [Test]
    public void Handle_EmailVerificationToken_IsNoResetTokenAndThrowsInvalidOnToken()
    {
        var verification = _user.IssueEmailVerificationToken("token-9", "hash-of-token-9", TimeSpan.FromHours(24), _clock.GetUtcNow().AddMinutes(-1));
        _user.ClearDomainEvents();
        _accountTokens
            .Setup(tokens => tokens.FindAsync(AccountTokenPurpose.EmailVerification, verification.TokenHash, It.IsAny<CancellationToken>()))
            .ReturnsAsync(verification);

        AssertRefused(Command with { Token = "token-9" }, ValidationMessages.Invalid);
    }

    private void AssertRefused(ConfirmPasswordResetCommand command, string problem)
    {
        var stamp = _user.SecurityStamp;

        var exception = Assert.ThrowsAsync<RequestValidationException>(() => Handler().Handle(command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Errors, Is.EqualTo(new Dictionary<string, string[]> { ["token"] = [problem] }));
            Assert.That(_user.PasswordHash, Is.EqualTo("stored-hash"));
            Assert.That(_user.SecurityStamp, Is.EqualTo(stamp));
            Assert.That(_user.DomainEvents, Is.Empty, "no notice of a change that did not happen");
            Assert.That(_cacheEvictions.Drain(), Is.Empty);
            Assert.That(_securityEvents.Events, Is.Empty);
        }

        _refreshTokens.Verify(
            tokens => tokens.ListActiveForUserAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    private AccountToken IssueResetToken(DateTimeOffset issuedAt)
    {
        var secret = _oneTimeTokens.Create();
        return _user.IssuePasswordResetToken(secret.Value, secret.Hash, Lifetime, issuedAt);
    }

    private ConfirmPasswordResetCommandHandler Handler() =>
        new(
            _accountTokens.Object,
            _users.Object,
            _refreshTokens.Object,
            _oneTimeTokens,
            _passwordHasher.Object,
            _securityEvents,
            _cacheEvictions,
            _clock);
}
