using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Application.Identity.Users.Commands.UnsubscribeFromNewsletter;
using CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Newsletter;

/// <summary>The newsletter flag: set by PUT /api/user, turned off by an unsubscribe link.</summary>
public class NewsletterPreferenceTests
{
    private FakeClock _clock = null!;
    private User _user = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<INewsletterUnsubscribeTokens> _tokens = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _user = TestUsers.Register();
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByIdAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _tokens = new Mock<INewsletterUnsubscribeTokens>();
        var userId = _user.Id;
        _tokens.Setup(tokens => tokens.TryRead("good", out userId)).Returns(true);
    }

    [Test]
    public void Register_SubscribesTheNewUser()
    {
        Assert.That(_user.ReceivesNewsletter, Is.True);
    }

    [Test]
    public void UpdateValidator_NullNewsletter_IsBlankUnderNewsletter()
    {
        var errors = ValidationErrors.Of(new UpdateCurrentUserCommandValidator(), new UpdateCurrentUserCommand { Newsletter = new Optional<bool?>(null) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["newsletter"] = ["can't be blank"] }));
    }

    [Test]
    public async Task UpdateHandler_NewsletterFalse_TurnsItOffAndShowsIt()
    {
        var currentUser = TestCallers.SignedIn(_user.Id);
        var handler = new UpdateCurrentUserCommandHandler(
            _users.Object,
            Mock.Of<IRefreshTokenRepository>(),
            new SessionStarter(Mock.Of<IRefreshTokenRepository>(), Mock.Of<ISessionRepository>(), Mock.Of<IClientDevice>(), Mock.Of<ITokenService>()),
            Mock.Of<IAccountTokenRepository>(),
            currentUser.Object,
            Mock.Of<IPasswordHasher>(),
            Mock.Of<ITokenService>(),
            new FakeOneTimeTokens(),
            new RecordingSecurityEvents(),
            TestMapper.Instance,
            new CacheEvictions(),
            Options.Create(new EmailVerificationOptions()),
            _clock);

        var dto = await handler.Handle(new UpdateCurrentUserCommand { Newsletter = false }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.ReceivesNewsletter, Is.False);
            Assert.That(dto.Newsletter, Is.False);
        }
    }

    [Test]
    public async Task Unsubscribe_ValidToken_TurnsTheNewsletterOffAndAgainChangesNothing()
    {
        var first = await UnsubscribeHandler().Handle(new UnsubscribeFromNewsletterCommand("good"), CancellationToken.None);
        var updatedAt = _user.UpdatedAt;
        _clock.Advance(TimeSpan.FromMinutes(1));
        var again = await UnsubscribeHandler().Handle(new UnsubscribeFromNewsletterCommand("good"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Newsletter, Is.False);
            Assert.That(first.Username, Is.EqualTo(_user.Username));
            Assert.That(again.Newsletter, Is.False);
            Assert.That(_user.UpdatedAt, Is.EqualTo(updatedAt), "the second visit changed nothing");
        }
    }

    [Test]
    public void Unsubscribe_BadToken_IsAValidationErrorUnderToken()
    {
        var exception = Assert.ThrowsAsync<RequestValidationException>(() =>
            UnsubscribeHandler().Handle(new UnsubscribeFromNewsletterCommand("bad"), CancellationToken.None));

        Assert.That(exception!.Errors, Is.EqualTo(new Dictionary<string, string[]> { ["token"] = ["is invalid"] }));
    }

    [Test]
    public void Unsubscribe_TokenOfAUserWhoIsGone_IsNotFound()
    {
        var unknown = Guid.NewGuid();
        _tokens.Setup(tokens => tokens.TryRead("orphan", out unknown)).Returns(true);

        Assert.ThrowsAsync<NotFoundException>(() =>
            UnsubscribeHandler().Handle(new UnsubscribeFromNewsletterCommand("orphan"), CancellationToken.None));
    }

    [TestCase(null, "can't be blank")]
    [TestCase("", "can't be blank")]
    [TestCase("bad", "is invalid")]
    public void UnsubscribeValidator_MissingOrBadToken_IsReportedUnderToken(string? token, string message)
    {
        var errors = ValidationErrors.Of(new UnsubscribeFromNewsletterCommandValidator(_tokens.Object), new UnsubscribeFromNewsletterCommand(token));

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["token"] = [message] }));
    }

    [Test]
    public void UnsubscribeCommand_NeverPrintsTheToken()
    {
        Assert.That(new UnsubscribeFromNewsletterCommand("secret-token").ToString(), Does.Not.Contain("secret-token"));
    }

    private UnsubscribeFromNewsletterCommandHandler UnsubscribeHandler() => new(_users.Object, _tokens.Object, TestMapper.Instance, _clock);
}
