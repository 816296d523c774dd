using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.BackgroundJobs;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Quartz;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

public sealed class RefreshTokenCleanupJobTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task MigrateAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("token_cleanup");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

    [Test]
    public async Task Execute_ExpiredAndLongRevokedTokens_AreDeletedInBatchesAndTheRestKept()
    {
        var now = DateTimeOffset.UtcNow;
        var user = TestUsers.Register("cleanup_owner");
        var active = RefreshToken.StartFamily(user.Id, Hash('a'), now, Lifetime);
        var expiredRecently = RefreshToken.StartFamily(user.Id, Hash('b'), now.AddDays(-30).AddHours(-2), Lifetime);
        var expiredLongAgo = Enumerable.Range(0, 5).Select(n => RefreshToken.StartFamily(user.Id, Hash((char)('c' + n)), now.AddDays(-40), Lifetime)).ToList();
        var rotatedLongAgo = RefreshToken.StartFamily(user.Id, Hash('h'), now.AddDays(-10), Lifetime);
        var successor = rotatedLongAgo.Rotate(Hash('i'), now.AddDays(-10), Lifetime);
        var revokedRecently = RefreshToken.StartFamily(user.Id, Hash('j'), now.AddDays(-1), Lifetime);
        revokedRecently.Revoke(now.AddDays(-1));
        await _database.AddAsync([user, active, expiredRecently, .. expiredLongAgo, rotatedLongAgo, successor, revokedRecently]);

        await RunJobAsync(new RefreshTokenCleanupJobOptions { BatchSize = 2, ExpiredRetention = TimeSpan.FromDays(1), RevokedRetention = TimeSpan.FromDays(7) });

        var left = await _database.ColumnAsync("SELECT token_hash FROM identity.refresh_tokens ORDER BY token_hash");
        Assert.That(left, Is.EqualTo(new[] { active, expiredRecently, successor, revokedRecently }.Select(token => token.TokenHash).Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task Execute_NothingToDelete_IsFine()
    {
        var user = TestUsers.Register("cleanup_nothing");
        await _database.AddAsync(user, RefreshToken.StartFamily(user.Id, Hash('z'), DateTimeOffset.UtcNow, Lifetime));

        await RunJobAsync(new RefreshTokenCleanupJobOptions());

        Assert.That(await _database.CountAsync("identity.refresh_tokens"), Is.EqualTo(1));
    }

    private async Task RunJobAsync(RefreshTokenCleanupJobOptions settings)
    {
        await using var dbContext = _database.CreateDbContext();
        var job = new RefreshTokenCleanupJob(
            new RefreshTokenCleaner(dbContext),
            TimeProvider.System,
            Options.Create(new JobsOptions { RefreshTokenCleanup = settings }),
            NullLogger<RefreshTokenCleanupJob>.Instance);
        await job.Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);
    }

    private static string Hash(char c) => new(c, 64);
}
