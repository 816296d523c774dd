using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Application.Identity.Users.Commands.RegisterUser;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class RegisterUserCommandHandlerTests
{
    private static readonly RegisterUserCommand Command = new() { Username = "Jacob", Email = "jake@jake.jake", Password = "jakejake" };

    private Mock<IUserRepository> _users = null!;
    private Mock<IAccountTokenRepository> _accountTokens = null!;
    private Mock<IPasswordHasher> _passwordHasher = null!;
    private Mock<ITokenService> _tokens = null!;
    private FakeClock _clock = null!;
    private User? _added;
    private AccountToken? _addedToken;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.Add(It.IsAny<User>())).Callback((User user) => _added = user);
        _accountTokens = new Mock<IAccountTokenRepository>();
        _accountTokens.Setup(tokens => tokens.Add(It.IsAny<AccountToken>())).Callback((AccountToken token) => _addedToken = token);
        _passwordHasher = new Mock<IPasswordHasher>();
        _passwordHasher.Setup(hasher => hasher.Hash("jakejake")).Returns("hashed-jakejake");
        _tokens = new Mock<ITokenService>();
        _tokens.Setup(tokens => tokens.CreateAccessToken(It.IsAny<User>(), null)).Returns((User user, Guid? _) => $"access-token-of-{user.Username}");
        _clock = new FakeClock();
        _added = null;
        _addedToken = null;
    }

    [Test]
    public void Handle_UsernameAndEmailTaken_ThrowsOneConflictListingBoth()
    {
        _users.Setup(users => users.IsUsernameTakenAsync("Jacob", null, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _users.Setup(users => users.IsEmailTakenAsync("jake@jake.jake", null, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var exception = Assert.ThrowsAsync<ConflictException>(() => Handler().Handle(Command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Fields, Is.EqualTo(new[] { "username", "email" }));
            Assert.That(_added, Is.Null);
        }
    }

    [Test]
    public void Handle_OnlyEmailTaken_ThrowsAConflictListingOnlyEmail()
    {
        _users.Setup(users => users.IsEmailTakenAsync("jake@jake.jake", null, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var exception = Assert.ThrowsAsync<ConflictException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(exception.Fields, Is.EqualTo(new[] { "email" }));
    }

    [Test]
    public async Task Handle_Available_AddsTheRegisteredUserWithTheHashedPassword()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_added!.Username, Is.EqualTo("Jacob"));
            Assert.That(_added.Email, Is.EqualTo("jake@jake.jake"));
            Assert.That(_added.PasswordHash, Is.EqualTo("hashed-jakejake"));
            Assert.That(_added.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_added.IsEmailVerified, Is.False);
        }
    }

    [Test]
    public async Task Handle_Available_IssuesAVerificationTokenWhoseLinkTheWelcomeMailCarries()
    {
        await Handler().Handle(Command, CancellationToken.None);

        var expiresAt = _clock.GetUtcNow().AddHours(24);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_addedToken, Is.Not.Null);
            Assert.That(_addedToken!.Purpose, Is.EqualTo(AccountTokenPurpose.EmailVerification));
            Assert.That(_addedToken.UserId, Is.EqualTo(_added!.Id));
            Assert.That(_addedToken.TokenHash, Is.EqualTo("hash-of-token-1"), "only the hash is stored");
            Assert.That(_addedToken.ExpiresAt, Is.EqualTo(expiresAt));
            Assert.That(_added.DomainEvents, Is.EqualTo(new IDomainEvent[]
            {
                new UserRegistered(_added.Id, "Jacob", "jake@jake.jake", _clock.GetUtcNow()) { EmailVerification = new MailedToken("token-1", expiresAt) },
            }), "one event, so one mail");
        }
    }

    [Test]
    public async Task Handle_Available_ReturnsTheProfileWithAnAccessTokenFromTheTokenService()
    {
        var dto = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("Jacob"));
            Assert.That(dto.Email, Is.EqualTo("jake@jake.jake"));
            Assert.That(dto.Bio, Is.Null);
            Assert.That(dto.Image, Is.Null);
            Assert.That(dto.Token, Is.EqualTo("access-token-of-Jacob"));
        }

        _tokens.Verify(tokens => tokens.CreateAccessToken(It.Is<User>(user => user == _added), null), Times.Once());
    }

    private RegisterUserCommandHandler Handler() =>
        new(
            _users.Object,
            _accountTokens.Object,
            _passwordHasher.Object,
            new FakeOneTimeTokens(),
            _tokens.Object,
            TestMapper.Instance,
            Options.Create(new EmailVerificationOptions()),
            _clock);
}
