using System.Data.Common;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

/// <summary>
/// Each method is a single autocommitted statement. Claiming uses FOR UPDATE SKIP LOCKED, so runs
/// claiming at the same moment take disjoint rows without waiting; a count changes in the same
/// statement as the row it counts, and only when the row really changed state.
/// </summary>
internal sealed class NewsletterDeliveryStore(ApplicationDbContext dbContext) : INewsletterDeliveryStore
{
    private const int MaxErrorLength = 2000;

    public async Task<NewsletterContent?> StartAsync(Guid newsletterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = await dbContext.Database.QueryAsync(
            """
            UPDATE notifications.newsletters
            SET state = 'running', started_at = coalesce(started_at, @now)
            WHERE id = @id AND state IN ('queued', 'running')
            RETURNING id, subject, html_body, text_body, state
            """,
            ReadContent,
            cancellationToken,
            ("id", newsletterId),
            ("now", now));
        if (started.Count > 0)
        {
            return started[0];
        }

        var finished = await dbContext.Database.QueryAsync(
            "SELECT id, subject, html_body, text_body, state FROM notifications.newsletters WHERE id = @id",
            ReadContent,
            cancellationToken,
            ("id", newsletterId));
        return finished.Count > 0 ? finished[0] : null;
    }

    public Task<int> ReleaseClaimsAsync(Guid newsletterId, DateTimeOffset claimedAtOrBefore, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE notifications.newsletter_deliveries
            SET status = 'pending', claimed_by = NULL, claimed_at = NULL
            WHERE newsletter_id = {newsletterId} AND status = 'sending' AND claimed_at <= {claimedAtOrBefore}
            """,
            cancellationToken);

    // MATERIALIZED: as a subquery in FROM, the planner may rescan the locking SELECT once per row it
    // updates, and every rescan skips the rows already claimed and takes the next ones, so LIMIT would not hold.
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(
        Guid newsletterId, Guid runId, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = await dbContext.Database.QueryAsync(
            """
            WITH claim AS MATERIALIZED (
                SELECT id FROM notifications.newsletter_deliveries
                WHERE newsletter_id = @id AND status = 'pending'
                ORDER BY id
                LIMIT @count
                FOR UPDATE SKIP LOCKED)
            UPDATE notifications.newsletter_deliveries d
            SET status = 'sending', claimed_by = @run, claimed_at = @now, attempts = d.attempts + 1
            FROM claim
            WHERE d.id = claim.id
            RETURNING d.id, d.user_id, d.email, d.attempts
            """,
            reader => new ClaimedDelivery(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3)),
            cancellationToken,
            ("id", newsletterId),
            ("run", runId),
            ("now", now),
            ("count", count));
        return claimed.OrderBy(delivery => delivery.Id).ToList();
    }

    // A delivery released to pending by a lease expiry and sent by its first run after all is recorded
    // as sent too, so the run that would take it over next does not send it a second time.
    public Task MarkSentAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            WITH done AS (
                UPDATE notifications.newsletter_deliveries
                SET status = 'sent', sent_at = {now}, claimed_by = NULL, claimed_at = NULL, last_error = NULL
                WHERE id = {deliveryId} AND status IN ('sending', 'pending')
                RETURNING newsletter_id)
            UPDATE notifications.newsletters SET sent = sent + 1
            WHERE id IN (SELECT newsletter_id FROM done)
            """,
            cancellationToken);

    public Task MarkFailedAsync(long deliveryId, string error, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            WITH done AS (
                UPDATE notifications.newsletter_deliveries
                SET status = 'failed', claimed_by = NULL, claimed_at = NULL, last_error = {Truncate(error)}
                WHERE id = {deliveryId} AND status IN ('sending', 'pending')
                RETURNING newsletter_id)
            UPDATE notifications.newsletters SET failed = failed + 1
            WHERE id IN (SELECT newsletter_id FROM done)
            """,
            cancellationToken);

    public Task ReleaseRunAsync(Guid newsletterId, Guid runId, string? error, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE notifications.newsletter_deliveries
            SET status = 'pending', claimed_by = NULL, claimed_at = NULL, last_error = coalesce({Truncate(error)}, last_error)
            WHERE newsletter_id = {newsletterId} AND status = 'sending' AND claimed_by = {runId}
            """,
            cancellationToken);

    public async Task<NewsletterState?> TryFinishAsync(Guid newsletterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The counts are read in the statement that ends the newsletter, after every delivery became final.
        await dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE notifications.newsletters
            SET state = CASE WHEN failed > 0 THEN 'failed' ELSE 'succeeded' END, finished_at = {now}
            WHERE id = {newsletterId} AND state = 'running'
              AND NOT EXISTS (SELECT 1 FROM notifications.newsletter_deliveries
                              WHERE newsletter_id = {newsletterId} AND status IN ('pending', 'sending'))
            """,
            cancellationToken);
        var states = await dbContext.Database.QueryAsync(
            "SELECT state FROM notifications.newsletters WHERE id = @id",
            reader => ParseState(reader.GetString(0)),
            cancellationToken,
            ("id", newsletterId));
        return states is [NewsletterState.Succeeded or NewsletterState.Failed] ? states[0] : null;
    }

    private static NewsletterContent ReadContent(DbDataReader reader) =>
        new(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ParseState(reader.GetString(4)));

    private static NewsletterState ParseState(string stored) => Enum.Parse<NewsletterState>(stored, ignoreCase: true);

    private static string? Truncate(string? error) => error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
}
