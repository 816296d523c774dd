using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class UpdateCurrentUserCommandHandlerTests
{
    private FakeClock _clock = null!;
    private User _user = null!;
    private Guid _originalStamp;
    private Mock<IUserRepository> _users = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private List<AccountToken> _issuedTokens = null!;
    private RecordingSecurityEvents _securityEvents = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private Mock<IPasswordHasher> _passwordHasher = null!;
    private Mock<ITokenService> _tokens = null!;
    private CacheEvictions _cacheEvictions = null!;
    private Mock<ISessionRepository> _sessions = null!;
    private Guid _currentSessionId;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _user = TestUsers.Register("JohnDoe", "john.doe@example.com", "stored-hash");
        _user.ChangeBio("old bio", FakeClock.DefaultStart.AddDays(-1));
        _user.ChangeImage("https://example.com/old.png", FakeClock.DefaultStart.AddDays(-1));
        _originalStamp = _user.SecurityStamp;
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByIdAsync(_user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _refreshTokens
            .Setup(tokens => tokens.ListActiveForUserAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        _sessions = new Mock<ISessionRepository>();
        _currentSessionId = Guid.NewGuid();
        _issuedTokens = [];
        _securityEvents = new RecordingSecurityEvents();
        _currentUser = new Mock<ICurrentUser>();
        _currentUser.SetupGet(currentUser => currentUser.UserId).Returns(_user.Id);
        _currentUser.SetupGet(currentUser => currentUser.SessionId).Returns(_currentSessionId);
        _passwordHasher = new Mock<IPasswordHasher>();
        _passwordHasher.Setup(hasher => hasher.Hash(It.IsAny<string>())).Returns((string password) => $"hashed-{password}");
        _tokens = new Mock<ITokenService>();
        _tokens.Setup(tokens => tokens.CreateRefreshToken()).Returns(new RefreshTokenSecret("new-refresh-token", "new-refresh-hash"));
        _tokens.SetupGet(tokens => tokens.RefreshTokenLifetime).Returns(TimeSpan.FromDays(30));
        _cacheEvictions = new CacheEvictions();

        // The token describes the user as it is when the token is made, so a stale token is told apart.
        _tokens
            .Setup(tokens => tokens.CreateAccessToken(It.IsAny<User>(), It.IsAny<Guid?>()))
            .Returns((User user, Guid? _) => $"token:{user.Username}:{user.SecurityStamp}");
    }

    [Test]
    public async Task Handle_OnlyBioPresent_LeavesEveryOtherFieldAlone()
    {
        await Handler().Handle(new UpdateCurrentUserCommand { Bio = "new bio" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.Bio, Is.EqualTo("new bio"));
            Assert.That(_user.Username, Is.EqualTo("JohnDoe"));
            Assert.That(_user.Email, Is.EqualTo("john.doe@example.com"));
            Assert.That(_user.PasswordHash, Is.EqualTo("stored-hash"));
            Assert.That(_user.Image, Is.EqualTo("https://example.com/old.png"));
            Assert.That(_user.SecurityStamp, Is.EqualTo(_originalStamp));
            Assert.That(_user.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_cacheEvictions.Drain(), Is.Empty, "the stamp did not change");
        }

        _users.Verify(users => users.IsUsernameTakenAsync(It.IsAny<string>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()), Times.Never());
        _users.Verify(users => users.IsEmailTakenAsync(It.IsAny<string>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()), Times.Never());
        _passwordHasher.Verify(hasher => hasher.Hash(It.IsAny<string>()), Times.Never());
    }

    [Test]
    public async Task Handle_NoPassword_KeepsTheSessionsAndReturnsNoRefreshToken()
    {
        var dto = await Handler().Handle(new UpdateCurrentUserCommand { Bio = "new bio", Username = "Jacob" }, CancellationToken.None);

        Assert.That(dto.RefreshToken, Is.Null);
        _refreshTokens.Verify(tokens => tokens.ListActiveForUserAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never());
        _refreshTokens.Verify(tokens => tokens.Add(It.IsAny<RefreshToken>()), Times.Never());
    }

    [Test]
    public async Task Handle_Password_RevokesEveryRefreshTokenOfTheUserAndStartsOneNewSession()
    {
        var now = _clock.GetUtcNow();
        var otherDevice = RefreshToken.StartFamily(_user.Id, "other-device", now.AddDays(-3), TimeSpan.FromDays(30));
        var thisDevice = RefreshToken.StartFamily(_user.Id, "this-device", now.AddDays(-1), TimeSpan.FromDays(30));
        _refreshTokens
            .Setup(tokens => tokens.ListActiveForUserAsync(_user.Id, now, It.IsAny<CancellationToken>()))
            .ReturnsAsync([otherDevice, thisDevice]);
        RefreshToken? started = null;
        _refreshTokens.Setup(tokens => tokens.Add(It.IsAny<RefreshToken>())).Callback((RefreshToken token) => started = token);

        var dto = await Handler().Handle(new UpdateCurrentUserCommand { Password = "new-password" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(otherDevice.RevokedAt, Is.EqualTo(now));
            Assert.That(thisDevice.RevokedAt, Is.EqualTo(now));
            Assert.That(started, Is.Not.Null);
            Assert.That(started!.UserId, Is.EqualTo(_user.Id));
            Assert.That(started.TokenHash, Is.EqualTo("new-refresh-hash"));
            Assert.That(started.FamilyId, Is.Not.EqualTo(otherDevice.FamilyId).And.Not.EqualTo(thisDevice.FamilyId));
            Assert.That(dto.RefreshToken, Is.EqualTo("new-refresh-token"));
            Assert.That(dto.Token, Is.EqualTo($"token:JohnDoe:{_user.SecurityStamp}"));
        }
    }

    [Test]
    public async Task Handle_Password_IssuesTheAccessTokenForTheNewSessionStartedOnTheCallersDevice()
    {
        Session? started = null;
        _sessions.Setup(sessions => sessions.Add(It.IsAny<Session>())).Callback((Session session) => started = session);

        await Handler().Handle(new UpdateCurrentUserCommand { Password = "new-password" }, CancellationToken.None);

        Assert.That(started, Is.Not.Null);
        Assert.That(started!.UserAgent, Is.EqualTo("Firefox/140.0"));
        _tokens.Verify(tokens => tokens.CreateAccessToken(_user, started.Id), Times.Once());
    }

    [Test]
    public async Task Handle_NoPassword_KeepsTheCallersSessionInTheNewAccessToken()
    {
        await Handler().Handle(new UpdateCurrentUserCommand { Bio = "new bio" }, CancellationToken.None);

        _tokens.Verify(tokens => tokens.CreateAccessToken(_user, _currentSessionId), Times.Once());
        _sessions.Verify(sessions => sessions.Add(It.IsAny<Session>()), Times.Never());
    }

    [Test]
    public async Task Handle_NoFieldPresent_ChangesNothing()
    {
        var updatedAt = _user.UpdatedAt;

        await Handler().Handle(new UpdateCurrentUserCommand(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.Bio, Is.EqualTo("old bio"));
            Assert.That(_user.UpdatedAt, Is.EqualTo(updatedAt));
        }
    }

    [TestCase("")]
    [TestCase(null)]
    public async Task Handle_EmptyBio_ClearsTheBio(string? bio)
    {
        var dto = await Handler().Handle(new UpdateCurrentUserCommand { Bio = new Optional<string?>(bio) }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.Bio, Is.Null);
            Assert.That(dto.Bio, Is.Null);
        }
    }

    [Test]
    public async Task Handle_EmptyImage_ClearsTheImage()
    {
        await Handler().Handle(new UpdateCurrentUserCommand { Image = "" }, CancellationToken.None);

        Assert.That(_user.Image, Is.Null);
    }

    [Test]
    public async Task Handle_Password_StoresItsHashAndChangesTheSecurityStamp()
    {
        await Handler().Handle(new UpdateCurrentUserCommand { Password = "new-password" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.PasswordHash, Is.EqualTo("hashed-new-password"));
            Assert.That(_user.SecurityStamp, Is.Not.EqualTo(_originalStamp));
            Assert.That(_cacheEvictions.Drain(), Is.EqualTo(new[] { SecurityStampCacheKeys.For(_user.Id) }), "every replica must drop the old stamp");
        }
    }

    [Test]
    public async Task Handle_UsernameAndEmail_AreCheckedExcludingTheCurrentUserAndChanged()
    {
        await Handler().Handle(new UpdateCurrentUserCommand { Username = "Jacob", Email = "Jake@Jake.Jake" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_user.Username, Is.EqualTo("Jacob"));
            Assert.That(_user.NormalizedUsername, Is.EqualTo("jacob"));
            Assert.That(_user.Email, Is.EqualTo("Jake@Jake.Jake"));
            Assert.That(_user.NormalizedEmail, Is.EqualTo("jake@jake.jake"));
        }

        _users.Verify(users => users.IsUsernameTakenAsync("Jacob", _user.Id, It.IsAny<CancellationToken>()), Times.Once());
        _users.Verify(users => users.IsEmailTakenAsync("Jake@Jake.Jake", _user.Id, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public void Handle_UsernameAndEmailTakenByOthers_ThrowsOneConflictAndChangesNothing()
    {
        _users.Setup(users => users.IsUsernameTakenAsync("Jacob", _user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _users.Setup(users => users.IsEmailTakenAsync("jake@jake.jake", _user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var command = new UpdateCurrentUserCommand { Username = "Jacob", Email = "jake@jake.jake", Bio = "new bio" };

        var exception = Assert.ThrowsAsync<ConflictException>(() => Handler().Handle(command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Fields, Is.EqualTo(new[] { "username", "email" }));
            Assert.That(_user.Username, Is.EqualTo("JohnDoe"));
            Assert.That(_user.Email, Is.EqualTo("john.doe@example.com"));
            Assert.That(_user.Bio, Is.EqualTo("old bio"));
        }
    }

    [Test]
    public async Task Handle_Changes_ReturnsTheUpdatedProfileWithATokenMadeAfterTheChanges()
    {
        var command = new UpdateCurrentUserCommand { Username = "Jacob", Password = "new-password", Image = "https://example.com/new.png" };

        var dto = await Handler().Handle(command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Username, Is.EqualTo("Jacob"));
            Assert.That(dto.Email, Is.EqualTo("john.doe@example.com"));
            Assert.That(dto.Image, Is.EqualTo("https://example.com/new.png"));
            Assert.That(dto.Token, Is.EqualTo($"token:Jacob:{_user.SecurityStamp}"));
            Assert.That(_user.SecurityStamp, Is.Not.EqualTo(_originalStamp));
        }
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser.SetupGet(currentUser => currentUser.UserId).Returns((Guid?)null);

        var exception = Assert.ThrowsAsync<UnauthorizedException>(
            () => Handler().Handle(new UpdateCurrentUserCommand { Bio = "new bio" }, CancellationToken.None));

        Assert.That(exception.Field, Is.EqualTo("token"));
    }

    [Test]
    public async Task Handle_NewEmail_UnverifiesItIssuesAVerificationTokenForItAndTellsTheOldAddress()
    {
        _user.MarkEmailVerified(_clock.GetUtcNow().AddDays(-1));
        _user.ClearDomainEvents();

        var dto = await Handler().Handle(new UpdateCurrentUserCommand { Email = "jd@example.org" }, CancellationToken.None);

        var now = _clock.GetUtcNow();
        var token = _issuedTokens.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.EmailVerified, Is.False);
            Assert.That(token.Purpose, Is.EqualTo(AccountTokenPurpose.EmailVerification));
            Assert.That(token.Email, Is.EqualTo("jd@example.org"), "the token proves the new address only");
            Assert.That(token.TokenHash, Is.EqualTo("hash-of-token-1"));
            Assert.That(token.ExpiresAt, Is.EqualTo(now.AddHours(24)));
            Assert.That(_user.DomainEvents, Is.EqualTo(new object[]
            {
                new EmailChanged(_user.Id, "JohnDoe", "john.doe@example.com", "jd@example.org", now),
                new EmailVerificationRequested(_user.Id, "JohnDoe", "jd@example.org", new MailedToken("token-1", now.AddHours(24)), now),
            }));
            Assert.That(_securityEvents.Events, Is.EqualTo(new[] { (SecurityEventNames.EmailChanged, _user.Id) }));
        }
    }

    [Test]
    public async Task Handle_SameEmailInOtherCase_KeepsTheVerificationAndMailsNothing()
    {
        _user.MarkEmailVerified(_clock.GetUtcNow().AddDays(-1));
        _user.ClearDomainEvents();

        var dto = await Handler().Handle(new UpdateCurrentUserCommand { Email = "John.Doe@Example.com" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.EmailVerified, Is.True);
            Assert.That(_issuedTokens, Is.Empty);
            Assert.That(_user.DomainEvents, Is.Empty);
            Assert.That(_securityEvents.Events, Is.Empty);
        }
    }

    [Test]
    public void Handle_UserNoLongerExists_ThrowsNotFoundForTheUser()
    {
        _currentUser.SetupGet(currentUser => currentUser.UserId).Returns(Guid.NewGuid());

        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(new UpdateCurrentUserCommand { Bio = "new bio" }, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("user"));
    }

    private UpdateCurrentUserCommandHandler Handler()
    {
        var accountTokens = new Mock<IAccountTokenRepository>();
        accountTokens.Setup(tokens => tokens.Add(It.IsAny<AccountToken>())).Callback((AccountToken token) => _issuedTokens.Add(token));
        return new(
            _users.Object,
            _refreshTokens.Object,
            new SessionStarter(_refreshTokens.Object, _sessions.Object, Mock.Of<IClientDevice>(device => device.UserAgent == "Firefox/140.0"), _tokens.Object),
            accountTokens.Object,
            _currentUser.Object,
            _passwordHasher.Object,
            _tokens.Object,
            new FakeOneTimeTokens(),
            _securityEvents,
            TestMapper.Instance,
            _cacheEvictions,
            Options.Create(new EmailVerificationOptions()),
            _clock);
    }
}
