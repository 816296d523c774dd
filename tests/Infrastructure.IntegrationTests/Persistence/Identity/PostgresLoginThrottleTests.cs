using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Identity;

/// <summary>The lockout's UPSERT on a real PostgreSQL: counting, locking, forgetting, and no race past a lock.</summary>
public sealed class PostgresLoginThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly LoginLockoutOptions Lockout = new()
    {
        FreeAttempts = 3,
        BaseDelay = TimeSpan.FromSeconds(10),
        MaxDelay = TimeSpan.FromSeconds(25),
        ForgetAfter = TimeSpan.FromHours(1),
    };

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("login_throttle");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

    [Test]
    public async Task TryBeginAttemptAsync_LocksAfterTheFreeAttemptsForADelayThatDoublesUpToTheMaximum()
    {
        var results = new List<DateTimeOffset?>();
        var now = Now;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            results.Add(await BeginAsync("a@example.com", now));
        }

        var locks = new List<DateTimeOffset?>();
        for (var round = 0; round < 3; round++)
        {
            var lockedUntil = await BeginAsync("a@example.com", now);
            locks.Add(lockedUntil);
            now = lockedUntil!.Value;
            results.Add(await BeginAsync("a@example.com", now));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Is.All.Null, "each attempt outside a lock goes on");
            Assert.That(locks, Is.EqualTo(new DateTimeOffset?[] { Now.AddSeconds(10), Now.AddSeconds(30), Now.AddSeconds(55) }));
        }
    }

    [Test]
    public async Task TryBeginAttemptAsync_OnOneAddress_LeavesOthersAlone()
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await BeginAsync("a@example.com", Now);
        }

        Assert.That(await BeginAsync("b@example.com", Now), Is.Null);
    }

    [Test]
    public async Task ResetAsync_ForgetsTheFailures()
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await BeginAsync("a@example.com", Now);
        }

        await using (var dbContext = _database.CreateDbContext())
        {
            await new PostgresLoginThrottle(dbContext, Options.Create(Lockout)).ResetAsync("a@example.com", CancellationToken.None);
        }

        Assert.That(await BeginAsync("a@example.com", Now), Is.Null);
    }

    [Test]
    public async Task TryBeginAttemptAsync_AfterAQuietForgetAfter_CountsFromOneAgain()
    {
        await BeginAsync("a@example.com", Now);
        await BeginAsync("a@example.com", Now);

        var later = Now + Lockout.ForgetAfter + TimeSpan.FromSeconds(1);
        var results = new[] { await BeginAsync("a@example.com", later), await BeginAsync("a@example.com", later) };

        Assert.That(results, Is.All.Null);
    }

    /// <summary>Concurrent guesses are each counted, so no more of them than the free attempts get to check a password.</summary>
    [Test]
    public async Task TryBeginAttemptAsync_Concurrently_LetsExactlyTheFreeAttemptsThrough()
    {
        var attempts = Enumerable.Range(0, 20).Select(_ => Task.Run(() => BeginAsync("a@example.com", Now)));

        var results = await Task.WhenAll(attempts);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(result => result is null), Is.EqualTo(Lockout.FreeAttempts));
            Assert.That(results.Where(result => result is not null), Is.All.EqualTo(Now.AddSeconds(10)));
        }
    }

    private async Task<DateTimeOffset?> BeginAsync(string normalizedEmail, DateTimeOffset now)
    {
        await using var dbContext = _database.CreateDbContext();
        return await new PostgresLoginThrottle(dbContext, Options.Create(Lockout)).TryBeginAttemptAsync(normalizedEmail, now, CancellationToken.None);
    }
}
