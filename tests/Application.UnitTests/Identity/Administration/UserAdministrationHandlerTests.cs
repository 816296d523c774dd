using System.Text.Json;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserMetadata;
using CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;
using CleanBackend.Application.Identity.Administration.Commands.DeactivateUser;
using CleanBackend.Application.Identity.Administration.Commands.ReactivateUser;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Administration;

public class UserAdministrationHandlerTests
{
    private readonly Guid _adminId = Guid.NewGuid();
    private FakeClock _clock = null!;
    private User _target = null!;
    private Mock<IUserRepository> _users = null!;
    private Mock<IRefreshTokenRepository> _refreshTokens = null!;
    private RecordingAuditTrail _audit = null!;
    private CacheEvictions _evictions = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _target = TestUsers.Register("target", "target@example.com");
        _users = new Mock<IUserRepository>();
        _users.Setup(users => users.FindByIdAsync(_target.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_target);
        _refreshTokens = new Mock<IRefreshTokenRepository>();
        _audit = new RecordingAuditTrail();
        _evictions = new CacheEvictions();
    }

    [Test]
    public async Task ChangeRoles_Promotion_AddsTheRoleKeepsTheStampAndAuditsBeforeAndAfter()
    {
        var stamp = _target.SecurityStamp;

        var dto = await RolesHandler().Handle(new ChangeUserRolesCommand { Id = _target.Id, Roles = ["moderator"] }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Roles, Is.EqualTo(new[] { RoleName.User, RoleName.Moderator }));
            Assert.That(_target.SecurityStamp, Is.EqualTo(stamp), "gaining a role must not sign the user out");
            Assert.That(_evictions.Drain(), Is.Empty);
            Assert.That(_audit.Entries, Has.Count.EqualTo(1));
            Assert.That(_audit.Entries[0].Action, Is.EqualTo(AuditActions.UserRolesChanged));
            Assert.That(_audit.Entries[0].TargetId, Is.EqualTo(_target.Id.ToString()));
            Assert.That(_audit.Entries[0].Details, Is.EqualTo("""{"before":["User"],"after":["User","Moderator"],"accessTokensRevoked":false}"""));
        }
    }

    [Test]
    public async Task ChangeRoles_Demotion_RotatesAndEvictsTheStampAndAuditsTheRevocation()
    {
        _target.GrantRole(Role.Admin, _clock.GetUtcNow());
        var stamp = _target.SecurityStamp;

        var dto = await RolesHandler().Handle(new ChangeUserRolesCommand { Id = _target.Id, Roles = ["moderator"] }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Roles, Is.EqualTo(new[] { RoleName.User, RoleName.Moderator }));
            Assert.That(_target.SecurityStamp, Is.Not.EqualTo(stamp), "tokens still carrying the removed role must stop working");
            Assert.That(_evictions.Drain(), Is.EqualTo(new[] { SecurityStampCacheKeys.For(_target.Id) }));
            Assert.That(_audit.Entries.Single().Details, Is.EqualTo("""{"before":["User","Admin"],"after":["User","Moderator"],"accessTokensRevoked":true}"""));
        }
    }

    [Test]
    public async Task ChangeRoles_SameRoles_AuditsNothing()
    {
        await RolesHandler().Handle(new ChangeUserRolesCommand { Id = _target.Id, Roles = [] }, CancellationToken.None);

        Assert.That(_audit.Entries, Is.Empty);
    }

    [Test]
    public void ChangeRoles_OfOneself_IsForbiddenEvenForAnAdmin()
    {
        var exception = Assert.ThrowsAsync<ForbiddenException>(
            () => RolesHandler().Handle(new ChangeUserRolesCommand { Id = _adminId, Roles = ["Admin"] }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Resource, Is.EqualTo("user"));
            Assert.That(_audit.Entries, Is.Empty);
        }

        _users.Verify(users => users.FindByIdAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public void ChangeRoles_UnknownUser_IsNotFound()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => RolesHandler().Handle(new ChangeUserRolesCommand { Id = Guid.NewGuid(), Roles = [] }, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("user"));
    }

    [Test]
    public async Task Deactivate_RotatesTheStampRevokesActiveRefreshTokensEvictsTheStampAndAudits()
    {
        var stamp = _target.SecurityStamp;
        var tokens = new[]
        {
            RefreshToken.StartFamily(_target.Id, "hash-1", _clock.GetUtcNow(), TimeSpan.FromDays(1)),
            RefreshToken.StartFamily(_target.Id, "hash-2", _clock.GetUtcNow(), TimeSpan.FromDays(1)),
        };
        _refreshTokens.Setup(repository => repository.ListActiveForUserAsync(_target.Id, _clock.GetUtcNow(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(tokens);

        var dto = await DeactivateHandler().Handle(new DeactivateUserCommand(_target.Id), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Active, Is.False);
            Assert.That(_target.SecurityStamp, Is.Not.EqualTo(stamp));
            Assert.That(tokens.Select(token => token.RevokedAt), Is.All.EqualTo(_clock.GetUtcNow()));
            Assert.That(_evictions.Drain(), Is.EqualTo(new[] { SecurityStampCacheKeys.For(_target.Id) }));
            Assert.That(_audit.Entries.Single().Action, Is.EqualTo(AuditActions.UserDeactivated));
            Assert.That(_audit.Entries.Single().Details, Is.EqualTo("""{"revokedRefreshTokens":2}"""));
        }
    }

    [Test]
    public void Deactivate_Oneself_IsForbidden()
    {
        Assert.ThrowsAsync<ForbiddenException>(() => DeactivateHandler().Handle(new DeactivateUserCommand(_adminId), CancellationToken.None));

        Assert.That(_audit.Entries, Is.Empty);
    }

    [Test]
    public async Task Reactivate_MakesTheUserActiveKeepsTheRotatedStampAndAudits()
    {
        _target.Deactivate(_clock.GetUtcNow());
        var stamp = _target.SecurityStamp;

        var dto = await new ReactivateUserCommandHandler(_users.Object, Admin(), _audit, _clock)
            .Handle(new ReactivateUserCommand(_target.Id), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Active, Is.True);
            Assert.That(_target.SecurityStamp, Is.EqualTo(stamp), "tokens from before the deactivation stay refused");
            Assert.That(_audit.Entries.Single().Action, Is.EqualTo(AuditActions.UserReactivated));
        }
    }

    [Test]
    public async Task ChangeMetadata_StoresTheObjectAndAuditsBeforeAndAfter()
    {
        using var metadata = JsonDocument.Parse("""{"plan":"pro"}""");

        var dto = await new ChangeUserMetadataCommandHandler(_users.Object, _audit, _clock)
            .Handle(new ChangeUserMetadataCommand { Id = _target.Id, Metadata = metadata.RootElement.Clone() }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_target.Metadata, Is.EqualTo("""{"plan":"pro"}"""));
            Assert.That(dto.Metadata.GetProperty("plan").GetString(), Is.EqualTo("pro"));
            Assert.That(_audit.Entries.Single().Action, Is.EqualTo(AuditActions.UserMetadataChanged));
            Assert.That(_audit.Entries.Single().Details, Is.EqualTo("""{"before":{},"after":{"plan":"pro"}}"""));
        }
    }

    private Mock<Application.Common.Security.ICurrentUser> AdminCaller() => TestCallers.SignedIn(_adminId, RoleName.User, RoleName.Admin);

    private Application.Common.Security.ICurrentUser Admin() => AdminCaller().Object;

    private ChangeUserRolesCommandHandler RolesHandler() => new(_users.Object, Admin(), _audit, _evictions, _clock);

    private DeactivateUserCommandHandler DeactivateHandler() =>
        new(_users.Object, _refreshTokens.Object, Admin(), _audit, _evictions, _clock);
}
