using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Administration;

/// <summary>
/// The admin listing's filters, as EF Core sends them, use their indexes on a table big enough (20,000
/// users, analysed) that the planner would otherwise scan it. Each test prints the plan.
/// </summary>
public sealed class UserListQueryPlanTests
{
    private const int UserCount = 20_000;
    private const int ProUsers = 20;

    private static readonly PageRequest<Guid> FirstPage = new(20, 0, null);

    private TestDatabase _database = null!;
    private CommandRecorder _recorder = null!;
    private ApplicationDbContext _dbContext = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("user_plans");

        // As in life, most users have no metadata ({}), one in ten is on the "free" plan and one in a
        // thousand on the "pro" plan: containment of {"plan":"pro"} is selective, and the statistics show it.
        await _database.ExecuteAsync($$"""
            INSERT INTO identity.users (id, username, normalized_username, email, normalized_email, password_hash, is_active,
                                        metadata, security_stamp, created_at, updated_at)
            SELECT gen_random_uuid(), 'user' || n, 'user' || n, 'user' || n || '@example.com', 'user' || n || '@example.com', 'x', n % 10 <> 0,
                   CASE WHEN n % {{UserCount / ProUsers}} = 0 THEN '{"plan":"pro"}'::jsonb
                        WHEN n % 10 = 0 THEN '{"plan":"free"}'::jsonb
                        ELSE '{}'::jsonb END,
                   gen_random_uuid(), now() - n * interval '1 minute', now() - n * interval '1 minute'
            FROM generate_series(1, {{UserCount}}) AS n;
            INSERT INTO identity.user_roles (user_id, role_id) SELECT id, 1 FROM identity.users;
            ANALYZE identity.users;
            ANALYZE identity.user_roles;
            """);
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public void CreateContext()
    {
        _recorder = new CommandRecorder { ExplainReaders = true };
        _dbContext = _database.CreateDbContextWith(_recorder);
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    [Test]
    public async Task ListAsync_MetadataContainment_UsesTheGinIndex()
    {
        var list = await new UserAdministrationReadService(_dbContext).ListAsync(
            new UserListFilter(null, null, null, """{"plan":"pro"}"""), FirstPage, CancellationToken.None);

        Assert.That(list.Users, Has.Count.EqualTo(ProUsers));
        AssertScans("ix_users_metadata");
    }

    [Test]
    public async Task ListAsync_UsernamePrefix_UsesThePatternIndex()
    {
        var list = await new UserAdministrationReadService(_dbContext).ListAsync(
            new UserListFilter("user1234", null, null, null), FirstPage, CancellationToken.None);

        Assert.That(list.Users.Select(user => user.Username), Does.Contain("user1234"));
        AssertScans("ix_users_normalized_username_prefix");
    }

    [Test]
    public async Task ListAsync_FirstPageWithoutFilters_WalksTheCreatedAtIndex()
    {
        var list = await new UserAdministrationReadService(_dbContext).ListAsync(new UserListFilter(null, null, null, null), FirstPage, CancellationToken.None);

        Assert.That(list.Users, Has.Count.EqualTo(20));
        AssertScans("ix_users_created_at_id");
    }

    private void AssertScans(string index)
    {
        var command = _recorder.Commands.Single();
        TestContext.Out.WriteLine(command.Sql);
        TestContext.Out.WriteLine(command.Plan);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(command.Plan!.ScansIndex(index), Is.True, $"{index} should be scanned");
            Assert.That(command.Plan.SequentiallyScans("identity", "users"), Is.False, "identity.users should not be scanned sequentially");
        }
    }
}
