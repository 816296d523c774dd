using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.PasswordReset;
using CleanBackend.Application.Identity.PasswordReset.Commands.RequestPasswordReset;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.PasswordReset.Handlers;

public class RequestPasswordResetCommandHandlerTests
{
    private const string KnownEmail = "john.doe@example.com";
    private const string UnknownEmail = "nobody@example.com";

    private User _user = null!;
    private Mock<IPasswordResetThrottle> _throttle = null!;
    private Mock<IOneTimeTokens> _oneTimeTokens = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<IAccountTokenRepository> _accountTokens = null!;
    private List<AccountToken> _addedTokens = null!;
    private RecordingSecurityEvents _securityEvents = null!;
    private FakeClock _clock = null!;

    [SetUp]
    public void SetUp()
    {
        _user = TestUsers.Register(email: KnownEmail);
        _user.ClearDomainEvents();
        _throttle = new Mock<IPasswordResetThrottle>();
        _throttle.Setup(throttle => throttle.TryAcquireAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((TimeSpan?)null);
        _oneTimeTokens = new Mock<IOneTimeTokens>();
        _oneTimeTokens.Setup(tokens => tokens.Create()).Returns(new OneTimeTokenSecret("reset-token", "hash-of-reset-token"));
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByEmailAsync(KnownEmail, It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _addedTokens = [];
        _accountTokens = new Mock<IAccountTokenRepository>();
        _accountTokens.Setup(tokens => tokens.Add(It.IsAny<AccountToken>())).Callback((AccountToken token) => _addedTokens.Add(token));
        _securityEvents = new RecordingSecurityEvents();
        _clock = new FakeClock();
    }

    [TestCase(KnownEmail)]
    [TestCase(UnknownEmail)]
    public async Task Handle_AnyAddress_CountsOneRequestMakesOneTokenAndLooksUpOneUser(string email)
    {
        await Handler().Handle(new RequestPasswordResetCommand { Email = email }, CancellationToken.None);

        _throttle.Verify(throttle => throttle.TryAcquireAsync(email, It.IsAny<CancellationToken>()), Times.Once());
        _oneTimeTokens.Verify(tokens => tokens.Create(), Times.Once());
        _users.Verify(users => users.FindByEmailAsync(email, It.IsAny<CancellationToken>()), Times.Once());
        _throttle.VerifyNoOtherCalls();
        _oneTimeTokens.VerifyNoOtherCalls();
        _users.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_KnownAndUnknownAddress_MakeTheSameCallsOnTheThrottleTheTokensAndTheUsers()
    {
        // Whether an account has the address must not show in the work done before the commit, only in the rows written.
        await Handler().Handle(new RequestPasswordResetCommand { Email = KnownEmail }, CancellationToken.None);
        var knownPath = CallsSoFar();
        _throttle.Invocations.Clear();
        _oneTimeTokens.Invocations.Clear();
        _users.Invocations.Clear();

        await Handler().Handle(new RequestPasswordResetCommand { Email = UnknownEmail }, CancellationToken.None);

        Assert.That(CallsSoFar(), Is.EqualTo(knownPath).And.Not.Empty);
    }

    [Test]
    public async Task Handle_AddressInAnotherCase_IsThrottledUnderItsNormalisedForm()
    {
        await Handler().Handle(new RequestPasswordResetCommand { Email = "  John.Doe@Example.COM " }, CancellationToken.None);

        _throttle.Verify(throttle => throttle.TryAcquireAsync(KnownEmail, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_KnownActiveUser_AddsAResetTokenForHisAddressAndRecordsTheRequest()
    {
        await Handler().Handle(new RequestPasswordResetCommand { Email = KnownEmail }, CancellationToken.None);

        var now = _clock.GetUtcNow();
        var expiresAt = now.AddMinutes(30);
        var token = _addedTokens.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.Purpose, Is.EqualTo(AccountTokenPurpose.PasswordReset));
            Assert.That(token.UserId, Is.EqualTo(_user.Id));
            Assert.That(token.Email, Is.EqualTo(KnownEmail));
            Assert.That(token.TokenHash, Is.EqualTo("hash-of-reset-token"), "only the hash is stored");
            Assert.That(token.ExpiresAt, Is.EqualTo(expiresAt));
            Assert.That(_user.DomainEvents, Is.EqualTo(new IDomainEvent[]
            {
                new PasswordResetRequested(_user.Id, "JohnDoe", KnownEmail, new MailedToken("reset-token", expiresAt), now),
            }), "the event carries the value that goes into the mail");
            Assert.That(_securityEvents.Events, Is.EqualTo(new[] { (SecurityEventNames.PasswordResetRequested, _user.Id) }));
        }
    }

    [Test]
    public async Task Handle_ConfiguredLifetime_SetsTheExpiryOfTheToken()
    {
        await Handler(new PasswordResetOptions { TokenLifetime = TimeSpan.FromMinutes(5) })
            .Handle(new RequestPasswordResetCommand { Email = KnownEmail }, CancellationToken.None);

        Assert.That(_addedTokens.Single().ExpiresAt, Is.EqualTo(_clock.GetUtcNow().AddMinutes(5)));
    }

    [Test]
    public async Task Handle_UnknownAddress_AddsNoTokenAndRecordsNothing()
    {
        await Handler().Handle(new RequestPasswordResetCommand { Email = UnknownEmail }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_addedTokens, Is.Empty);
            Assert.That(_securityEvents.Events, Is.Empty);
        }
    }

    [Test]
    public async Task Handle_InactiveUser_AddsNoTokenRaisesNothingAndRecordsNothing()
    {
        _user.Deactivate(_clock.GetUtcNow().AddDays(-1));
        _user.ClearDomainEvents();

        await Handler().Handle(new RequestPasswordResetCommand { Email = KnownEmail }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_addedTokens, Is.Empty);
            Assert.That(_user.DomainEvents, Is.Empty, "no event, so no mail");
            Assert.That(_securityEvents.Events, Is.Empty);
        }
    }

    [TestCase(KnownEmail)]
    [TestCase(UnknownEmail)]
    public void Handle_ThrottleExhausted_ThrowsTooManyAttemptsOnTheEmailWithTheThrottlesWaitAndDoesNothingElse(string email)
    {
        _throttle.Setup(throttle => throttle.TryAcquireAsync(email, It.IsAny<CancellationToken>())).ReturnsAsync(TimeSpan.FromMinutes(7));

        var exception = Assert.ThrowsAsync<TooManyAttemptsException>(
            () => Handler().Handle(new RequestPasswordResetCommand { Email = email }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("email"));
            Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(7)));
            Assert.That(_addedTokens, Is.Empty);
            Assert.That(_securityEvents.Events, Is.Empty);
        }

        _oneTimeTokens.Verify(tokens => tokens.Create(), Times.Never());
        _users.VerifyNoOtherCalls();
    }

    private string[] CallsSoFar() =>
        [.. new Mock[] { _throttle, _oneTimeTokens, _users }.SelectMany(mock => mock.Invocations).Select(invocation => invocation.Method.Name)];

    private RequestPasswordResetCommandHandler Handler(PasswordResetOptions? options = null) =>
        new(
            _throttle.Object,
            _oneTimeTokens.Object,
            _users.Object,
            _accountTokens.Object,
            _securityEvents,
            Options.Create(options ?? new PasswordResetOptions()),
            _clock);
}
