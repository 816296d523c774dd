using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Social;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Social;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Social;

/// <summary>Dave follows alice; nobody follows bob. The tests only read.</summary>
public sealed class ProfileReadServiceTests
{
    private TestDatabase _database = null!;
    private User _alice = null!;
    private User _bob = null!;
    private User _dave = null!;
    private ApplicationDbContext _dbContext = null!;
    private ProfileReadService _reader = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("profile_read");
        _alice = TestUsers.Register("Alice");
        _alice.ChangeBio("I write.", DateTimeOffset.UtcNow);
        _alice.ChangeImage("https://example.com/alice.png", DateTimeOffset.UtcNow);
        _bob = TestUsers.Register("bob");
        _dave = TestUsers.Register("dave");
        await _database.AddAsync(_alice, _bob, _dave, Follow.Create(_dave.Id, _alice.Id, DateTimeOffset.UtcNow));
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public void CreateReadService()
    {
        _dbContext = _database.CreateDbContext();
        _reader = new ProfileReadService(_dbContext);
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    [Test]
    public async Task FindSnapshotAsync_ForAUser_HasTheUsernameAsRegisteredBioAndImage()
    {
        var profile = await _reader.FindSnapshotAsync("alice", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile?.UserId, Is.EqualTo(_alice.Id));
            Assert.That(profile?.Username, Is.EqualTo("Alice"), "the username as registered");
            Assert.That(profile?.Bio, Is.EqualTo("I write."));
            Assert.That(profile?.Image, Is.EqualTo("https://example.com/alice.png"));
        }
    }

    [Test]
    public async Task FindSnapshotAsync_ForAUserWithoutBioOrImage_HasNulls()
    {
        var profile = await _reader.FindSnapshotAsync("bob", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile?.UserId, Is.EqualTo(_bob.Id));
            Assert.That(profile?.Bio, Is.Null);
            Assert.That(profile?.Image, Is.Null);
        }
    }

    [Test]
    public async Task FindSnapshotAsync_IgnoresCase()
    {
        var profile = await _reader.FindSnapshotAsync("ALICE", CancellationToken.None);

        Assert.That(profile?.Username, Is.EqualTo("Alice"));
    }

    [Test]
    public async Task FindSnapshotAsync_ForAnUnknownUsername_ReturnsNull()
    {
        Assert.That(await _reader.FindSnapshotAsync("nobody", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task IsFollowingAsync_ForAUserTheViewerFollows_IsTrue()
    {
        Assert.That(await _reader.IsFollowingAsync(_dave.Id, _alice.Id, CancellationToken.None), Is.True);
    }

    [Test]
    public async Task IsFollowingAsync_ForAUserTheViewerDoesNotFollow_IsFalse()
    {
        Assert.That(await _reader.IsFollowingAsync(_dave.Id, _bob.Id, CancellationToken.None), Is.False);
    }

    [Test]
    public async Task IsFollowingAsync_IsTheFollowersNotTheOtherWayRound()
    {
        // Dave follows alice; alice does not follow dave.
        Assert.That(await _reader.IsFollowingAsync(_alice.Id, _dave.Id, CancellationToken.None), Is.False);
    }
}
