using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Auditing;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Administration;

/// <summary>The audit entry is part of the action's unit of work: committed with it, or rolled back with it.</summary>
public sealed class AuditTrailTests
{
    private readonly Guid _actorId = Guid.NewGuid();
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("audit_trail");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

    [Test]
    public async Task Record_InACommittedUnit_IsSavedWithTheActionActorTimeAndCorrelationId()
    {
        var target = TestUsers.Register("target");
        await _database.AddAsync(target);
        await using var dbContext = _database.CreateDbContext();

        await new UnitOfWork(dbContext).ExecuteInTransactionAsync(
            async cancellation =>
            {
                var user = await new UserRepository(dbContext).FindByIdAsync(target.Id, cancellation);
                user!.Deactivate(DateTimeOffset.UtcNow);
                Trail(dbContext).Record(AuditActions.UserDeactivated, AuditTargets.User, target.Id.ToString(), new { reason = "spam" });
                return 0;
            },
            CancellationToken.None);

        await using var reader = _database.CreateDbContext();
        var page = await new AuditReadService(reader).ListAsync(new AuditFilter(_actorId, null), new PageRequest<long>(10, 0, null), CancellationToken.None);
        var entry = page.Entries.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Action, Is.EqualTo(AuditActions.UserDeactivated));
            Assert.That(entry.ActorId, Is.EqualTo(_actorId));
            Assert.That(entry.TargetId, Is.EqualTo(target.Id.ToString()));
            Assert.That(entry.Details.GetProperty("reason").GetString(), Is.EqualTo("spam"));
            Assert.That(entry.CorrelationId, Is.EqualTo("corr-1"));
            Assert.That(await _database.ScalarAsync<bool>($"SELECT NOT is_active FROM identity.users WHERE id = '{target.Id}'"), Is.True);
        }
    }

    [Test]
    public async Task Record_InAUnitThatFails_LeavesNoEntryAndNoChange()
    {
        var target = TestUsers.Register("target");
        await _database.AddAsync(target);
        await using var dbContext = _database.CreateDbContext();

        Assert.ThrowsAsync<InvalidOperationException>(() => new UnitOfWork(dbContext).ExecuteInTransactionAsync<int>(
            async cancellation =>
            {
                var user = await new UserRepository(dbContext).FindByIdAsync(target.Id, cancellation);
                user!.Deactivate(DateTimeOffset.UtcNow);
                Trail(dbContext).Record(AuditActions.UserDeactivated, AuditTargets.User, target.Id.ToString());

                // Saved inside the transaction, so the entry really reached the database before the failure.
                await dbContext.SaveChangesAsync(cancellation);
                throw new InvalidOperationException("the action failed after writing");
            },
            CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _database.CountAsync("audit.entries"), Is.Zero);
            Assert.That(await _database.ScalarAsync<bool>($"SELECT is_active FROM identity.users WHERE id = '{target.Id}'"), Is.True);
        }
    }

    private AuditTrail Trail(ApplicationDbContext dbContext)
    {
        var currentUser = new Mock<ICurrentUser>();
        currentUser.SetupGet(user => user.UserId).Returns(_actorId);
        var correlation = new Mock<ICorrelationContext>();
        correlation.SetupGet(context => context.CorrelationId).Returns("corr-1");
        return new AuditTrail(dbContext, currentUser.Object, correlation.Object, TimeProvider.System);
    }
}
