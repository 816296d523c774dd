using System.Text.Json;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Administration.Commands.EndUserSessions;
using CleanBackend.Application.Identity.Administration.Queries.ListUserSessions;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.Identity.Users;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Administration;

public class UserSessionsAdministrationHandlerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly Guid _adminId = Guid.NewGuid();
    private FakeClock _clock = null!;
    private User _target = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private Mock<ISecurityEvents> _securityEvents = null!;
    private List<(string Event, Guid UserId, string Details)> _recorded = null!;
    private CacheEvictions _evictions = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _target = TestUsers.Register("target", "target@example.com");
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByIdAsync(_target.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_target);
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _recorded = [];
        _securityEvents = new Mock<ISecurityEvents>();
        _securityEvents
            .Setup(events => events.Record(It.IsAny<string>(), It.IsAny<Guid>(), It.IsAny<object?>()))
            .Callback((string securityEvent, Guid userId, object? details) => _recorded.Add((securityEvent, userId, JsonSerializer.Serialize(details))));
        _evictions = new CacheEvictions();
    }

    [Test]
    public async Task EndUserSessions_EndsEveryLiveSessionEvictsThemAndRecordsOneEventOnTheUser()
    {
        var laptop = RefreshToken.StartFamily(_target.Id, "laptop-hash", _clock.GetUtcNow().AddDays(-1), Lifetime);
        var phone = RefreshToken.StartFamily(_target.Id, "phone-hash", _clock.GetUtcNow().AddHours(-1), Lifetime);
        _refreshTokens
            .Setup(tokens => tokens.ListActiveForUserAsync(_target.Id, _clock.GetUtcNow(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([laptop, phone]);

        await EndHandler().Handle(new EndUserSessionsCommand(_target.Id), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { laptop.RevokedAt, phone.RevokedAt }, Is.All.EqualTo(_clock.GetUtcNow()));
            Assert.That(_evictions.Drain(), Is.EquivalentTo(new[] { SessionCacheKeys.For(laptop.FamilyId), SessionCacheKeys.For(phone.FamilyId) }));
            Assert.That(_recorded, Is.EqualTo(new[] { (SecurityEventNames.SessionsEndedByAdmin, _target.Id, """{"endedSessions":2}""") }));
            Assert.That(_target.IsActive, Is.True, "ending sessions is not deactivation");
        }
    }

    [Test]
    public void EndUserSessions_OwnAccount_IsForbidden()
    {
        var exception = Assert.ThrowsAsync<ForbiddenException>(
            () => EndHandler().Handle(new EndUserSessionsCommand(_adminId), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("user"));
        Assert.That(_recorded, Is.Empty);
    }

    [Test]
    public void EndUserSessions_UnknownUser_IsNotFound()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => EndHandler().Handle(new EndUserSessionsCommand(Guid.NewGuid()), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("user"));
        Assert.That(_recorded, Is.Empty);
    }

    [Test]
    public void ListUserSessions_UnknownUser_IsNotFoundWithoutListing()
    {
        var sessions = new Mock<ISessionReadService>();
        var handler = new ListUserSessionsQueryHandler(Mock.Of<IUserReadService>(), sessions.Object, TestCallers.SignedIn(_adminId).Object, _clock);

        var exception = Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(new ListUserSessionsQuery(Guid.NewGuid()), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("user"));
        sessions.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ListUserSessions_KnownUser_ListsHisLiveSessions()
    {
        var listed = new SessionDto { Id = Guid.NewGuid(), UserAgent = "Firefox/140.0" };
        var users = new Mock<IUserReadService>();
        users.Setup(reads => reads.FindAsync(_target.Id, It.IsAny<CancellationToken>())).ReturnsAsync(new UserDto { Username = "target" });
        var sessions = new Mock<ISessionReadService>();
        sessions.Setup(reads => reads.ListActiveAsync(_target.Id, null, _clock.GetUtcNow(), It.IsAny<CancellationToken>())).ReturnsAsync([listed]);
        var handler = new ListUserSessionsQueryHandler(users.Object, sessions.Object, TestCallers.SignedIn(_adminId).Object, _clock);

        var result = await handler.Handle(new ListUserSessionsQuery(_target.Id), CancellationToken.None);

        Assert.That(result.Sessions, Is.EqualTo(new[] { listed }));
    }

    private EndUserSessionsCommandHandler EndHandler() =>
        new(_users.Object, _refreshTokens.Object, TestCallers.SignedIn(_adminId).Object, _securityEvents.Object, _evictions, _clock);
}
