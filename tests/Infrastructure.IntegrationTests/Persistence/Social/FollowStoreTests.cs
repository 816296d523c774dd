using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Social;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Social;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Social;

public sealed class FollowStoreTests
{
    private TestDatabase _database = null!;
    private User _alice = null!;
    private User _bob = null!;
    private User _carol = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("follow_store");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public async Task ResetAsync()
    {
        await _database.ResetAsync();
        _alice = TestUsers.Register("alice");
        _bob = TestUsers.Register("bob");
        _carol = TestUsers.Register("carol");
        await _database.AddAsync(_alice, _bob, _carol);
    }

    [Test]
    public async Task FollowAsync_Twice_StoresOneFollow()
    {
        await using var dbContext = _database.CreateDbContext();
        var store = new FollowStore(dbContext);

        await store.FollowAsync(Follow.Create(_alice.Id, _bob.Id, DateTimeOffset.UtcNow), CancellationToken.None);
        await store.FollowAsync(Follow.Create(_alice.Id, _bob.Id, DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.That(await FollowsAsync(), Is.EqualTo(new[] { "alice>bob" }));
    }

    [Test]
    public async Task UnfollowAsync_RemovesOnlyThatFollow()
    {
        await _database.AddAsync(
            Follow.Create(_alice.Id, _bob.Id, DateTimeOffset.UtcNow),
            Follow.Create(_alice.Id, _carol.Id, DateTimeOffset.UtcNow),
            Follow.Create(_bob.Id, _alice.Id, DateTimeOffset.UtcNow));
        await using var dbContext = _database.CreateDbContext();

        await new FollowStore(dbContext).UnfollowAsync(_alice.Id, _bob.Id, CancellationToken.None);

        Assert.That(await FollowsAsync(), Is.EqualTo(new[] { "alice>carol", "bob>alice" }));
    }

    [Test]
    public async Task UnfollowAsync_OfSomeoneNotFollowed_ChangesNothing()
    {
        await _database.AddAsync(Follow.Create(_bob.Id, _carol.Id, DateTimeOffset.UtcNow));
        await using var dbContext = _database.CreateDbContext();

        Assert.DoesNotThrowAsync(() => new FollowStore(dbContext).UnfollowAsync(_alice.Id, _carol.Id, CancellationToken.None));

        Assert.That(await FollowsAsync(), Is.EqualTo(new[] { "bob>carol" }));
    }

    private Task<List<string>> FollowsAsync() => _database.ColumnAsync(
        """
        SELECT follower.username || '>' || followee.username
        FROM social.follows
        JOIN identity.users follower ON follower.id = follower_id
        JOIN identity.users followee ON followee.id = followee_id
        ORDER BY 1
        """);
}
