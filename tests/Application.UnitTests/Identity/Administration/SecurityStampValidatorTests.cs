using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Administration;

public class SecurityStampValidatorTests
{
    private readonly Guid _userId = Guid.NewGuid();
    private Mock<IUserReadService> _users = null!;
    private Mock<ICacheService> _cache = null!;
    private SecurityStampValidator _validator = null!;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserReadService>();
        _cache = new Mock<ICacheService>();

        // A pass-through cache: each check loads, so the tests see what the loader answers.
        _cache.Setup(cache => cache.GetOrCreateAsync(It.IsAny<string>(), It.IsAny<Func<CancellationToken, Task<string?>>>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((string _, Func<CancellationToken, Task<string?>> factory, TimeSpan _, CancellationToken token) => factory(token));
        _validator = new SecurityStampValidator(_users.Object, _cache.Object, Options.Create(new SecurityStampOptions { CacheDuration = TimeSpan.FromSeconds(7) }));
    }

    [Test]
    public async Task IsCurrent_TheUsersStamp_IsTrueAndReadThroughTheCacheUnderTheUsersKey()
    {
        _users.Setup(users => users.FindActiveSecurityStampAsync(_userId, It.IsAny<CancellationToken>())).ReturnsAsync("00112233445566778899aabbccddeeff");

        Assert.That(await _validator.IsCurrentAsync(_userId, "00112233445566778899AABBCCDDEEFF", CancellationToken.None), Is.True);
        _cache.Verify(cache => cache.GetOrCreateAsync(
            SecurityStampCacheKeys.For(_userId), It.IsAny<Func<CancellationToken, Task<string?>>>(), TimeSpan.FromSeconds(7), It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task IsCurrent_AnOlderStamp_IsFalse()
    {
        _users.Setup(users => users.FindActiveSecurityStampAsync(_userId, It.IsAny<CancellationToken>())).ReturnsAsync("00112233445566778899aabbccddeeff");

        Assert.That(await _validator.IsCurrentAsync(_userId, "ffffffffffffffffffffffffffffffff", CancellationToken.None), Is.False);
    }

    [Test]
    public async Task IsCurrent_DeactivatedOrUnknownUser_IsFalse()
    {
        _users.Setup(users => users.FindActiveSecurityStampAsync(_userId, It.IsAny<CancellationToken>())).ReturnsAsync((string?)null);

        Assert.That(await _validator.IsCurrentAsync(_userId, "00112233445566778899aabbccddeeff", CancellationToken.None), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task IsCurrent_TokenWithoutAStamp_IsFalseWithoutAnyLookup(string? stamp)
    {
        Assert.That(await _validator.IsCurrentAsync(_userId, stamp, CancellationToken.None), Is.False);
        _users.VerifyNoOtherCalls();
    }
}
