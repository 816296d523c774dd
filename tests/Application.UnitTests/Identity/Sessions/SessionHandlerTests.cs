using System.Text.Json;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Sessions.Commands.EndOtherSessions;
using CleanBackend.Application.Identity.Sessions.Commands.EndSession;
using CleanBackend.Application.Identity.Sessions.Queries.ListSessions;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Sessions;

public class SessionHandlerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly Guid _userId = Guid.NewGuid();
    private FakeClock _clock = null!;
    private RefreshToken _laptop = null!;
    private RefreshToken _phone = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private Mock<ISecurityEvents> _securityEvents = null!;
    private List<(string Event, Guid UserId, string Details)> _recorded = null!;
    private CacheEvictions _evictions = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _laptop = RefreshToken.StartFamily(_userId, "laptop-hash", _clock.GetUtcNow().AddDays(-2), Lifetime);
        _phone = RefreshToken.StartFamily(_userId, "phone-hash", _clock.GetUtcNow().AddDays(-1), Lifetime);
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _refreshTokens.Setup(tokens => tokens.ListFamilyAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _refreshTokens.Setup(tokens => tokens.ListFamilyAsync(_laptop.FamilyId, It.IsAny<CancellationToken>())).ReturnsAsync([_laptop]);
        _refreshTokens.Setup(tokens => tokens.ListFamilyAsync(_phone.FamilyId, It.IsAny<CancellationToken>())).ReturnsAsync([_phone]);
        _refreshTokens
            .Setup(tokens => tokens.ListActiveForUserAsync(_userId, _clock.GetUtcNow(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new[] { _laptop, _phone }.Where(token => token.IsActive(_clock.GetUtcNow())).ToList());
        _recorded = [];
        _securityEvents = new Mock<ISecurityEvents>();
        _securityEvents
            .Setup(events => events.Record(It.IsAny<string>(), It.IsAny<Guid>(), It.IsAny<object?>()))
            .Callback((string securityEvent, Guid userId, object? details) => _recorded.Add((securityEvent, userId, JsonSerializer.Serialize(details))));
        _evictions = new CacheEvictions();
    }

    [Test]
    public async Task EndSession_OneOfMine_RevokesItsFamilyEvictsItAndRecordsTheEvent()
    {
        await EndSessionHandler(currentSession: _laptop.FamilyId).Handle(new EndSessionCommand(_phone.FamilyId), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_phone.RevokedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_laptop.RevokedAt, Is.Null);
            Assert.That(_evictions.Drain(), Is.EqualTo(new[] { SessionCacheKeys.For(_phone.FamilyId) }));
            Assert.That(_recorded, Is.EqualTo(new[] { (SecurityEventNames.SessionEnded, _userId, $$"""{"sessionId":"{{_phone.FamilyId}}"}""") }));
        }
    }

    [Test]
    public void EndSession_SomeoneElses_IsNotFoundAndEndsNothing()
    {
        var stranger = RefreshToken.StartFamily(Guid.NewGuid(), "stranger-hash", _clock.GetUtcNow().AddDays(-1), Lifetime);
        _refreshTokens.Setup(tokens => tokens.ListFamilyAsync(stranger.FamilyId, It.IsAny<CancellationToken>())).ReturnsAsync([stranger]);

        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => EndSessionHandler(currentSession: _laptop.FamilyId).Handle(new EndSessionCommand(stranger.FamilyId), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Resource, Is.EqualTo("session"));
            Assert.That(stranger.RevokedAt, Is.Null);
            Assert.That(_evictions.Drain(), Is.Empty);
            Assert.That(_recorded, Is.Empty);
        }
    }

    [Test]
    public void EndSession_UnknownOrAlreadyEnded_IsNotFound()
    {
        _phone.Revoke(_clock.GetUtcNow().AddMinutes(-1));

        var ended = Assert.ThrowsAsync<NotFoundException>(
            () => EndSessionHandler(currentSession: _laptop.FamilyId).Handle(new EndSessionCommand(_phone.FamilyId), CancellationToken.None));
        var unknown = Assert.ThrowsAsync<NotFoundException>(
            () => EndSessionHandler(currentSession: _laptop.FamilyId).Handle(new EndSessionCommand(Guid.NewGuid()), CancellationToken.None));

        Assert.That(new[] { ended.Resource, unknown.Resource }, Is.All.EqualTo("session"));
        Assert.That(_recorded, Is.Empty);
    }

    [Test]
    public async Task EndOtherSessions_EndsEveryLiveSessionButTheCallersOne()
    {
        var tablet = RefreshToken.StartFamily(_userId, "tablet-hash", _clock.GetUtcNow().AddHours(-3), Lifetime);
        _refreshTokens
            .Setup(tokens => tokens.ListActiveForUserAsync(_userId, _clock.GetUtcNow(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([_laptop, _phone, tablet]);

        await EndOtherSessionsHandler(currentSession: _phone.FamilyId).Handle(new EndOtherSessionsCommand(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_phone.RevokedAt, Is.Null);
            Assert.That(_laptop.RevokedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(tablet.RevokedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_evictions.Drain(), Is.EquivalentTo(new[] { SessionCacheKeys.For(_laptop.FamilyId), SessionCacheKeys.For(tablet.FamilyId) }));
            Assert.That(_recorded.Select(entry => entry.Event), Is.EqualTo(new[] { SecurityEventNames.SessionEnded, SecurityEventNames.SessionEnded }));
        }
    }

    [Test]
    public async Task EndOtherSessions_TokenOfNoSession_EndsEverySession()
    {
        await EndOtherSessionsHandler(currentSession: null).Handle(new EndOtherSessionsCommand(), CancellationToken.None);

        Assert.That(new[] { _laptop, _phone }.Select(token => token.IsActive(_clock.GetUtcNow())), Is.All.False);
    }

    [Test]
    public async Task EndOtherSessions_NoOtherSession_RecordsNothing()
    {
        _laptop.Revoke(_clock.GetUtcNow().AddMinutes(-1));

        await EndOtherSessionsHandler(currentSession: _phone.FamilyId).Handle(new EndOtherSessionsCommand(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_phone.RevokedAt, Is.Null);
            Assert.That(_evictions.Drain(), Is.Empty);
            Assert.That(_recorded, Is.Empty);
        }
    }

    [Test]
    public async Task ListSessions_AsksForTheCallersLiveSessionsFlaggingHisCurrentOne()
    {
        var listed = new SessionDto { Id = _phone.FamilyId, Current = true };
        var sessions = new Mock<ISessionReadService>();
        sessions
            .Setup(reads => reads.ListActiveAsync(_userId, _phone.FamilyId, _clock.GetUtcNow(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([listed]);

        var result = await new ListSessionsQueryHandler(sessions.Object, Caller(_phone.FamilyId).Object, _clock).Handle(new ListSessionsQuery(), CancellationToken.None);

        Assert.That(result.Sessions, Is.EqualTo(new[] { listed }));
    }

    private Mock<Application.Common.Security.ICurrentUser> Caller(Guid? currentSession)
    {
        var caller = TestCallers.SignedIn(_userId);
        caller.SetupGet(currentUser => currentUser.SessionId).Returns(currentSession);
        return caller;
    }

    private EndSessionCommandHandler EndSessionHandler(Guid? currentSession) =>
        new(_refreshTokens.Object, Caller(currentSession).Object, _securityEvents.Object, _evictions, _clock);

    private EndOtherSessionsCommandHandler EndOtherSessionsHandler(Guid? currentSession) =>
        new(_refreshTokens.Object, Caller(currentSession).Object, _securityEvents.Object, _evictions, _clock);
}
