using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

/// <summary>
/// The outbox table. Enqueueing goes through the unit of work's context; claiming and marking are single
/// statements of their own (each its own short transaction), so no transaction stays open while mail is sent.
/// </summary>
internal sealed class OutboundEmailQueue(ApplicationDbContext dbContext, TimeProvider timeProvider) : IOutboundEmailQueue
{
    public void Enqueue(OutboundEmail email) => dbContext.OutboundEmails.Add(email);

    public async Task<IReadOnlyList<OutboundEmail>> ClaimDueAsync(int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var leasedUntil = now + lease;

        // SKIP LOCKED: rows another worker is claiming at this moment are left to it instead of waited for.
        // MATERIALIZED: as a subquery in FROM, the planner may rescan the locking SELECT once per row it
        // updates, each rescan skipping the rows just claimed, so one claim could take more than the LIMIT.
        return await dbContext.OutboundEmails
            .FromSqlInterpolated($"""
                WITH due AS MATERIALIZED (
                    SELECT id FROM notifications.outbound_emails
                    WHERE status = 'pending' AND next_attempt_at <= {now}
                    ORDER BY next_attempt_at
                    LIMIT {count}
                    FOR UPDATE SKIP LOCKED)
                UPDATE notifications.outbound_emails AS e
                SET attempts = e.attempts + 1, next_attempt_at = {leasedUntil}
                FROM due
                WHERE e.id = due.id
                RETURNING e.*
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    public Task MarkSentAsync(Guid id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE notifications.outbound_emails SET status = 'sent', sent_at = {sentAt}, last_error = NULL WHERE id = {id}",
            cancellationToken);

    public Task ScheduleRetryAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE notifications.outbound_emails SET next_attempt_at = {nextAttemptAt}, last_error = {error} WHERE id = {id} AND status = 'pending'",
            cancellationToken);

    public Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE notifications.outbound_emails SET status = 'failed', last_error = {error} WHERE id = {id}",
            cancellationToken);

    public Task ReleaseAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var released = ids.ToArray();
        return dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE notifications.outbound_emails SET attempts = greatest(attempts - 1, 0), next_attempt_at = {now} WHERE id = ANY({released}) AND status = 'pending'",
            cancellationToken);
    }
}
