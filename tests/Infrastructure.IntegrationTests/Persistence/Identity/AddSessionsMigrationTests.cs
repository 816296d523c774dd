using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Identity;

/// <summary>A database with refresh tokens from before sessions existed upgrades to one session per token family.</summary>
public sealed class AddSessionsMigrationTests
{
    private const string MigrationBeforeSessions = "20261203125709_Baseline";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateAsync() => _database = await IntegrationDatabases.CreateEmptyAsync("sessions_backfill");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [Test]
    public async Task Migrate_ExistingFamilies_BecomeSessionsStartedAtTheFirstTokenAndLastUsedAtTheLatest()
    {
        await using (var dbContext = _database.CreateDbContext())
        {
            await dbContext.GetService<IMigrator>().MigrateAsync(MigrationBeforeSessions);
        }

        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var user = TestUsers.Register("legacy_owner");
        var first = RefreshToken.StartFamily(user.Id, Hash('a'), start, Lifetime);
        var second = first.Rotate(Hash('b'), start.AddDays(2), Lifetime);
        var other = RefreshToken.StartFamily(user.Id, Hash('c'), start.AddDays(5), Lifetime);
        await using (var dbContext = _database.CreateDbContext())
        {
            // The rows go in through SQL: the model of today knows sessions and email_verified_at, the schema here does not yet.
            await dbContext.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO identity.users (id, username, normalized_username, email, normalized_email, password_hash, security_stamp, metadata, is_active, created_at, updated_at)
                VALUES ({user.Id}, {user.Username}, {user.NormalizedUsername}, {user.Email}, {user.NormalizedEmail}, {user.PasswordHash}, {user.SecurityStamp}, {"{}"}::jsonb, true, {start}, {start})
                """);
            foreach (var token in new[] { first, second, other })
            {
                await dbContext.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO identity.refresh_tokens (id, user_id, family_id, token_hash, created_at, expires_at, revoked_at, replaced_by_id)
                    VALUES ({token.Id}, {token.UserId}, {token.FamilyId}, {token.TokenHash}, {token.CreatedAt}, {token.ExpiresAt}, {token.RevokedAt}, {token.ReplacedById})
                    """);
            }
        }

        await using (var dbContext = _database.CreateDbContext())
        {
            await dbContext.Database.MigrateAsync();
        }

        await using var check = _database.CreateDbContext();
        var sessions = await check.Sessions.AsNoTracking().OrderBy(session => session.CreatedAt).ToListAsync();
        Assert.That(sessions, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sessions.Select(session => session.Id), Is.EqualTo(new[] { first.FamilyId, other.FamilyId }));
            Assert.That(sessions.Select(session => session.UserId), Is.All.EqualTo(user.Id));
            Assert.That(sessions[0].CreatedAt, Is.EqualTo(start));
            Assert.That(sessions[0].LastUsedAt, Is.EqualTo(start.AddDays(2)));
            Assert.That(sessions[1].CreatedAt, Is.EqualTo(start.AddDays(5)));
            Assert.That(sessions.Select(session => (session.UserAgent, session.IpAddress)), Is.All.EqualTo(((string?)null, (string?)null)));
        }
    }

    private static string Hash(char digit) => new(digit, 64);
}
