using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.UnitTests.Support;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Sessions;

public class SessionValidatorTests
{
    private readonly Guid _userId = Guid.NewGuid();
    private readonly Guid _sessionId = Guid.NewGuid();
    private FakeClock _clock = null!;
    private Mock<ISessionReadService> _sessions = null!;
    private Mock<ICacheService> _cache = null!;
    private SessionValidator _validator = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _sessions = new Mock<ISessionReadService>();
        _cache = new Mock<ICacheService>();

        // A pass-through cache: each check loads, so the tests see what the loader answers.
        _cache.Setup(cache => cache.GetOrCreateAsync(It.IsAny<string>(), It.IsAny<Func<CancellationToken, Task<Guid?>>>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((string _, Func<CancellationToken, Task<Guid?>> factory, TimeSpan _, CancellationToken token) => factory(token));
        _validator = new SessionValidator(_sessions.Object, _cache.Object, Options.Create(new SessionOptions { CacheDuration = TimeSpan.FromSeconds(9) }), _clock);
    }

    [Test]
    public async Task IsLive_TheCallersLiveSession_IsTrueAndReadThroughTheCacheUnderTheSessionsKey()
    {
        _sessions.Setup(sessions => sessions.FindActiveOwnerAsync(_sessionId, _clock.GetUtcNow(), It.IsAny<CancellationToken>())).ReturnsAsync(_userId);

        Assert.That(await _validator.IsLiveAsync(_userId, _sessionId, CancellationToken.None), Is.True);
        _cache.Verify(cache => cache.GetOrCreateAsync(
            SessionCacheKeys.For(_sessionId), It.IsAny<Func<CancellationToken, Task<Guid?>>>(), TimeSpan.FromSeconds(9), It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task IsLive_EndedOrUnknownSession_IsFalse()
    {
        _sessions.Setup(sessions => sessions.FindActiveOwnerAsync(_sessionId, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync((Guid?)null);

        Assert.That(await _validator.IsLiveAsync(_userId, _sessionId, CancellationToken.None), Is.False);
    }

    [Test]
    public async Task IsLive_AnotherUsersSession_IsFalse()
    {
        _sessions.Setup(sessions => sessions.FindActiveOwnerAsync(_sessionId, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(Guid.NewGuid());

        Assert.That(await _validator.IsLiveAsync(_userId, _sessionId, CancellationToken.None), Is.False);
    }
}
