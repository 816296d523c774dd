using System.Security.Cryptography;
using System.Text;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Persistence.Identity;

/// <summary>
/// The lockout in PostgreSQL, so that every replica sees one count and a restart forgets nothing. The count and
/// the lock are decided by one UPSERT: concurrent attempts on one address each add one, and none passes a lock
/// another has just set. Runs outside any transaction (the login request has none), so a count is committed
/// even when the request then answers 401.
/// </summary>
internal sealed class PostgresLoginThrottle(ApplicationDbContext dbContext, IOptions<LoginLockoutOptions> options) : ILoginThrottle
{
    // The attempt being counted: one more than before, or the first again after a long enough quiet.
    private const string Failures =
        "CASE WHEN counter.last_attempt_at < @forget_before THEN 1 ELSE counter.consecutive_failures + 1 END";

    private static readonly string BeginAttemptSql = $"""
        INSERT INTO identity.failed_login_counters AS counter (email_hash, consecutive_failures, last_attempt_at, locked_until)
        VALUES (@email_hash, 1, @now, {LockEnd("1")})
        ON CONFLICT (email_hash) DO UPDATE SET
            consecutive_failures = {Failures},
            last_attempt_at = @now,
            locked_until = {LockEnd(Failures)}
        WHERE counter.locked_until IS NULL OR counter.locked_until <= @now
        RETURNING counter.consecutive_failures
        """;

    private const string LockedUntilSql = "SELECT locked_until FROM identity.failed_login_counters WHERE email_hash = @email_hash";

    public async Task<DateTimeOffset?> TryBeginAttemptAsync(string normalizedEmail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lockout = options.Value;
        var emailHash = HashOf(normalizedEmail);
        var counted = await dbContext.Database.QueryAsync(
            BeginAttemptSql,
            reader => reader.GetInt32(0),
            cancellationToken,
            ("email_hash", emailHash),
            ("now", now),
            ("forget_before", now - lockout.ForgetAfter),
            ("free_attempts", lockout.FreeAttempts),
            ("base_delay", lockout.BaseDelay),
            ("max_delay", lockout.MaxDelay));
        if (counted.Count > 0)
        {
            return null;
        }

        // Locked: nothing was written. Should the lock end (or a success clear it) in between, a second is left.
        var lockedUntil = await dbContext.Database.QueryAsync(
            LockedUntilSql,
            reader => reader.IsDBNull(0) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(0),
            cancellationToken,
            ("email_hash", emailHash));
        return lockedUntil.SingleOrDefault() is { } end && end > now ? end : now;
    }

    public async Task ResetAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var emailHash = HashOf(normalizedEmail);
        await dbContext.Database.ExecuteSqlAsync(
            $"DELETE FROM identity.failed_login_counters WHERE email_hash = {emailHash}",
            cancellationToken);
    }

    // The delay doubles per failure past the free ones (the exponent is capped so that it cannot overflow).
    private static string LockEnd(string failures) =>
        $"CASE WHEN {failures} >= @free_attempts THEN @now + LEAST(@base_delay * power(2, LEAST({failures} - @free_attempts, 30)), @max_delay) END";

    private static byte[] HashOf(string normalizedEmail) => SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail));
}
