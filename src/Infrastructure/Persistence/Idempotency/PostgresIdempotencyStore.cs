using CleanBackend.Application.Common.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Idempotency results in PostgreSQL, which every replica shares. The key is taken with a transaction-scoped advisory
/// lock, so a second request with it, on any instance, is answered at once instead of waiting behind the first; the
/// lock goes with the transaction, also when the process holding it dies.
/// </summary>
internal sealed class PostgresIdempotencyStore(ApplicationDbContext dbContext) : IIdempotencyStore
{
    // Two keys hashing alike (64 bits) would only make one of them wait for the other's request to finish.
    private const string TakeSql = "SELECT pg_try_advisory_xact_lock(hashtextextended(@scope || ' ' || @key, 0))";

    private const string FindSql = """
        SELECT request_fingerprint, result_json FROM platform.idempotency_records
        WHERE scope = @scope AND key = @key AND expires_at > @now
        """;

    public async Task<bool> TryTakeAsync(string scope, string key, CancellationToken cancellationToken) =>
        (await dbContext.Database.QueryAsync(TakeSql, reader => reader.GetBoolean(0), cancellationToken, ("scope", scope), ("key", key)))[0];

    public async Task<StoredIdempotentResult?> FindAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await dbContext.Database.QueryAsync(
            FindSql,
            reader => new StoredIdempotentResult(reader.GetString(0), reader.GetString(1)),
            cancellationToken,
            ("scope", scope),
            ("key", key),
            ("now", now))).SingleOrDefault();

    public Task SaveAsync(
        string scope,
        string key,
        StoredIdempotentResult result,
        DateTimeOffset now,
        DateTimeOffset expiresAt,
        CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO platform.idempotency_records (scope, key, request_fingerprint, result_json, created_at, expires_at)
            VALUES ({scope}, {key}, {result.RequestFingerprint}, {result.ResultJson}, {now}, {expiresAt})
            ON CONFLICT (scope, key) DO UPDATE
            SET request_fingerprint = excluded.request_fingerprint, result_json = excluded.result_json,
                created_at = excluded.created_at, expires_at = excluded.expires_at
            WHERE idempotency_records.expires_at <= excluded.created_at
            """,
            cancellationToken);

    /// <summary>Deletes up to <paramref name="batchSize"/> expired results; returns how many went.</summary>
    public Task<int> DeleteExpiredBatchAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            DELETE FROM platform.idempotency_records
            WHERE (scope, key) IN (
                SELECT scope, key FROM platform.idempotency_records
                WHERE expires_at <= {now}
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken);
}
