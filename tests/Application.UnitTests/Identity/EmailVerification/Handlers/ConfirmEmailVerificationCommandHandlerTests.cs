using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.EmailVerification.Commands.ConfirmEmailVerification;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.EmailVerification.Handlers;

public class ConfirmEmailVerificationCommandHandlerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly ConfirmEmailVerificationCommand Command = new() { Token = "token-1" };

    private FakeClock _clock = null!;
    private FakeOneTimeTokens _oneTimeTokens = null!;
    private User _user = null!;
    private AccountToken _token = null!;
    private Mock<IAccountTokenRepository> _accountTokens = null!;
    private Mock<IUserRepository> _users = null!;
    private RecordingSecurityEvents _securityEvents = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _oneTimeTokens = new FakeOneTimeTokens();
        _user = TestUsers.Register("JohnDoe", "john.doe@example.com");
        var secret = _oneTimeTokens.Create();
        _token = _user.IssueEmailVerificationToken(secret.Value, secret.Hash, Lifetime, _clock.GetUtcNow().AddHours(-1));
        _user.ClearDomainEvents();
        _accountTokens = new Mock<IAccountTokenRepository>();
        _accountTokens
            .Setup(tokens => tokens.FindAsync(AccountTokenPurpose.EmailVerification, _token.TokenHash, It.IsAny<CancellationToken>()))
            .ReturnsAsync(_token);
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByIdAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _securityEvents = new RecordingSecurityEvents();
    }

    [Test]
    public async Task Handle_RedeemableToken_VerifiesTheAddressUsesTheTokenAndRecordsIt()
    {
        await Handler().Handle(Command, CancellationToken.None);

        var now = _clock.GetUtcNow();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.IsEmailVerified, Is.True);
            Assert.That(_user.EmailVerifiedAt, Is.EqualTo(now));
            Assert.That(_token.UsedAt, Is.EqualTo(now));
            Assert.That(_securityEvents.Events, Is.EqualTo(new[] { (SecurityEventNames.EmailVerified, _user.Id) }));
        }
    }

    [Test]
    public async Task Handle_AddressAlreadyVerified_KeepsTheFirstVerificationTime()
    {
        var verifiedAt = _clock.GetUtcNow().AddMinutes(-30);
        _user.MarkEmailVerified(verifiedAt);

        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_user.EmailVerifiedAt, Is.EqualTo(verifiedAt));
    }

    [Test]
    public void Handle_ForgedToken_ThrowsInvalidOnTokenAndVerifiesNothing()
    {
        AssertRefused(Command with { Token = "made-up" }, ValidationMessages.Invalid);
    }

    [Test]
    public void Handle_UsedToken_ThrowsAlreadyUsedOnTokenAndVerifiesNothing()
    {
        _token.Redeem(_clock.GetUtcNow().AddMinutes(-1));

        AssertRefused(Command, AccountToken.AlreadyUsed);
    }

    [Test]
    public void Handle_ExpiredToken_ThrowsExpiredOnTokenAndVerifiesNothing()
    {
        _clock.Advance(Lifetime);

        AssertRefused(Command, AccountToken.Expired);
    }

    [Test]
    public void Handle_TokenMailedToTheAddressTheAccountNoLongerHas_ThrowsForAnotherAddressOnToken()
    {
        // Verifying now would vouch for the new address with a mail that went to the old one.
        _user.ChangeEmail("jd@example.org", _clock.GetUtcNow().AddMinutes(-1));
        _user.ClearDomainEvents();

        AssertRefused(Command, AccountToken.ForAnotherAddress);
    }

    [Test]
    public void Handle_TokenOfADeactivatedUser_ThrowsInvalidOnToken()
    {
        _user.Deactivate(_clock.GetUtcNow().AddMinutes(-1));

        AssertRefused(Command, ValidationMessages.Invalid);
    }

    [Test]
    public void Handle_PasswordResetToken_IsNoVerificationTokenAndThrowsInvalidOnToken()
    {
        var reset = _user.IssuePasswordResetToken("token-9", "hash-of-token-9", TimeSpan.FromMinutes(30), _clock.GetUtcNow().AddMinutes(-1));
        _accountTokens
            .Setup(tokens => tokens.FindAsync(AccountTokenPurpose.PasswordReset, reset.TokenHash, It.IsAny<CancellationToken>()))
            .ReturnsAsync(reset);

        AssertRefused(Command with { Token = "token-9" }, ValidationMessages.Invalid);
    }

    private void AssertRefused(ConfirmEmailVerificationCommand command, string problem)
    {
        var exception = Assert.ThrowsAsync<RequestValidationException>(() => Handler().Handle(command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Errors, Is.EqualTo(new Dictionary<string, string[]> { ["token"] = [problem] }));
            Assert.That(_user.IsEmailVerified, Is.False);
            Assert.That(_securityEvents.Events, Is.Empty);
        }
    }

    private ConfirmEmailVerificationCommandHandler Handler() =>
        new(_accountTokens.Object, _users.Object, _oneTimeTokens, _securityEvents, _clock);
}
