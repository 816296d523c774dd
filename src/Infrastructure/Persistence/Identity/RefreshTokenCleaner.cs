using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

/// <summary>Deletes refresh tokens nobody can use any more, and then the sessions left without one, a bounded batch per statement.</summary>
public sealed class RefreshTokenCleaner(ApplicationDbContext dbContext)
{
    /// <summary>
    /// Deletes up to <paramref name="batchSize"/> tokens that expired before <paramref name="expiredBefore"/> or were
    /// revoked (rotated, logged out) before <paramref name="revokedBefore"/>; returns how many went.
    /// </summary>
    public Task<int> DeleteBatchAsync(DateTimeOffset expiredBefore, DateTimeOffset revokedBefore, int batchSize, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            DELETE FROM identity.refresh_tokens
            WHERE id IN (
                SELECT id FROM identity.refresh_tokens
                WHERE expires_at < {expiredBefore} OR revoked_at < {revokedBefore}
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken);

    /// <summary>
    /// Deletes up to <paramref name="batchSize"/> sessions none of whose refresh tokens is left (the batches above took
    /// them); returns how many went. A session is kept as long as a token of its family is.
    /// </summary>
    public Task<int> DeleteSessionsWithoutTokensBatchAsync(int batchSize, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            DELETE FROM identity.sessions
            WHERE id IN (
                SELECT session.id FROM identity.sessions AS session
                WHERE NOT EXISTS (SELECT 1 FROM identity.refresh_tokens AS token WHERE token.family_id = session.id)
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken);
}
