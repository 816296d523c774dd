using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Users.Commands.LoginUser;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Users.Handlers;

public class LoginUserCommandHandlerTests
{
    private static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);
    private static readonly LoginUserCommand Command = new() { Email = "john.doe@example.com", Password = "jakejake" };

    private User _user = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private Mock<IPasswordHasher> _passwordHasher = null!;
    private Mock<ITokenService> _tokens = null!;
    private FakeClock _clock = null!;
    private List<RefreshToken> _addedRefreshTokens = null!;

    [SetUp]
    public void SetUp()
    {
        _user = TestUsers.Register(passwordHash: "stored-hash");
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByEmailAsync("john.doe@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(_user);
        _addedRefreshTokens = [];
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _refreshTokens.Setup(tokens => tokens.Add(It.IsAny<RefreshToken>())).Callback((RefreshToken token) => _addedRefreshTokens.Add(token));
        _passwordHasher = new Mock<IPasswordHasher>();
        _passwordHasher.Setup(hasher => hasher.Verify("stored-hash", "jakejake")).Returns(PasswordCheck.Succeeded);
        _passwordHasher.Setup(hasher => hasher.Verify("stored-hash", It.Is<string>(password => password != "jakejake"))).Returns(PasswordCheck.Failed);
        _tokens = new Mock<ITokenService>();
        _tokens.SetupGet(tokens => tokens.RefreshTokenLifetime).Returns(RefreshTokenLifetime);
        _tokens.Setup(tokens => tokens.CreateRefreshToken()).Returns(new RefreshTokenSecret("refresh-value", "refresh-hash"));
        _tokens.Setup(tokens => tokens.CreateAccessToken(_user)).Returns("access-token");
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

    private LoginUserCommandHandler Handler() =>
        new(_users.Object, _refreshTokens.Object, _passwordHasher.Object, _tokens.Object, TestMapper.Instance, _clock);
}
