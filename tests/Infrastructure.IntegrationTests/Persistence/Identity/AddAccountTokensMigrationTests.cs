using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Identity;

/// <summary>A database from before e-mail verification upgrades with its existing accounts counted as verified.</summary>
public sealed class AddAccountTokensMigrationTests
{
    private const string MigrationBeforeEmailVerification = "20261204204846_AddMfa";

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateAsync() => _database = await IntegrationDatabases.CreateEmptyAsync("account_tokens_backfill");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [Test]
    public async Task Migrate_ExistingUsers_BecomeVerifiedSinceTheirRegistrationAndNewOnesDoNot()
    {
        await using (var dbContext = _database.CreateDbContext())
        {
            await dbContext.GetService<IMigrator>().MigrateAsync(MigrationBeforeEmailVerification);
        }

        var veteranSince = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);
        var recentSince = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);
        await using (var dbContext = _database.CreateDbContext())
        {
            // Through SQL: the model of today has email_verified_at, the schema here does not yet.
            await InsertLegacyUserAsync(dbContext, "veteran", veteranSince, isActive: true);
            await InsertLegacyUserAsync(dbContext, "dormant", recentSince, isActive: false);
        }

        await using (var dbContext = _database.CreateDbContext())
        {
            await dbContext.Database.MigrateAsync();
        }

        var registeredAfter = TestUsers.Register("newcomer");
        await _database.AddAsync(registeredAfter);

        await using var check = _database.CreateDbContext();
        var verifiedAt = await check.Users.AsNoTracking().ToDictionaryAsync(user => user.Username, user => user.EmailVerifiedAt);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verifiedAt["veteran"], Is.EqualTo(veteranSince));
            Assert.That(verifiedAt["dormant"], Is.EqualTo(recentSince), "a deactivated account is backfilled as well");
            Assert.That(verifiedAt["newcomer"], Is.Null, "only accounts older than the migration skip the proof");
            Assert.That(await _database.CountAsync("identity.account_tokens"), Is.Zero);
        }
    }

    private static Task InsertLegacyUserAsync(DbContext dbContext, string username, DateTimeOffset createdAt, bool isActive) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO identity.users (id, username, normalized_username, email, normalized_email, password_hash, security_stamp, metadata, is_active, created_at, updated_at)
            VALUES ({Guid.NewGuid()}, {username}, {username}, {username + "@example.com"}, {username + "@example.com"}, 'legacy-hash', {Guid.NewGuid()}, {"{}"}::jsonb, {isActive}, {createdAt}, {createdAt})
            """);
}
