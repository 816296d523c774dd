using System.Collections.Concurrent;
using CleanBackend.Application.Common.Retries;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Notifications.Newsletters.Delivery;

/// <summary>
/// One run of a newsletter's delivery job. It claims a batch of pending deliveries (committed, so no
/// other run sends them), sends each and records it as sent right after, and repeats until none is
/// left. A delivery is therefore sent again only if the process dies between the mail server's
/// acceptance and that record: the window is one message per run, not a batch (see docs/newsletters.md).
/// </summary>
public sealed class NewsletterDeliveryEngine(
    INewsletterDeliveryStore store,
    IEmailSender sender,
    INewsletterUnsubscribeTokens unsubscribeTokens,
    IOptions<NewsletterOptions> options,
    TimeProvider clock,
    ILogger<NewsletterDeliveryEngine> logger)
{
    /// <param name="newsletterId">The newsletter to send.</param>
    /// <param name="recovering">
    /// True when the scheduler runs this again because the replica that ran it died: that run's claims
    /// are released at once instead of after <see cref="NewsletterOptions.ClaimTimeout"/>.
    /// </param>
    /// <param name="stopping">Cancelled on shutdown: the run stops between two messages and hands the rest back.</param>
    public async Task<DeliveryRunOutcome> RunAsync(Guid newsletterId, bool recovering, CancellationToken stopping)
    {
        var settings = options.Value;
        var content = await store.StartAsync(newsletterId, clock.GetUtcNow(), stopping);
        if (content is null)
        {
            return new DeliveryRunOutcome(DeliveryRunResult.NotFound, TimeSpan.Zero, 0, 0);
        }

        if (content.State is NewsletterState.Succeeded or NewsletterState.Failed)
        {
            return new DeliveryRunOutcome(DeliveryRunResult.Finished, TimeSpan.Zero, 0, 0);
        }

        var now = clock.GetUtcNow();
        var released = await store.ReleaseClaimsAsync(newsletterId, recovering ? now : now - settings.ClaimTimeout, stopping);
        if (released > 0)
        {
            logger.LogWarning("Newsletter {NewsletterId}: {Count} deliveries claimed by a run that stopped are pending again", newsletterId, released);
        }

        var run = new Run(Guid.NewGuid(), content);
        try
        {
            return await SendAllAsync(run, settings, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return await HandBackAsync(run);
        }
        catch (Exception exception)
        {
            // Best effort: whatever failed (the database, most likely) may also fail this; the claims then
            // expire after ClaimTimeout instead.
            logger.LogError(exception, "Newsletter {NewsletterId}: the delivery run failed; its claims are released", newsletterId);
            await store.ReleaseRunAsync(newsletterId, run.Id, exception.Message, CancellationToken.None);
            throw;
        }
    }

    private async Task<DeliveryRunOutcome> SendAllAsync(Run run, NewsletterOptions settings, CancellationToken stopping)
    {
        var newsletterId = run.Content.Id;
        while (true)
        {
            var batch = await store.ClaimAsync(newsletterId, run.Id, settings.BatchSize, clock.GetUtcNow(), stopping);
            if (batch.Count == 0)
            {
                var finalState = await store.TryFinishAsync(newsletterId, clock.GetUtcNow(), stopping);
                if (finalState is null)
                {
                    // Another run still holds claims; if it died, they are free once its lease runs out.
                    return run.Outcome(DeliveryRunResult.RetryLater, settings.ClaimTimeout);
                }

                logger.LogInformation(
                    "Newsletter {NewsletterId} finished as {State}: {Sent} sent and {Failed} failed in this run",
                    newsletterId, finalState, run.Sent, run.Failed);
                return run.Outcome(DeliveryRunResult.Finished, TimeSpan.Zero);
            }

            // Once shutdown begins or the server fails transiently, no further message of the batch is
            // started; those in flight finish and are recorded, the untouched ones are handed back below.
            TimeSpan? retryAfter = null;
            var pending = new ConcurrentQueue<ClaimedDelivery>(batch.OrderBy(delivery => delivery.Id));
            var sessions = Math.Clamp(settings.SendConcurrency, 1, batch.Count);
            await Task.WhenAll(Enumerable.Range(0, sessions).Select(async _ =>
            {
                // Each of the few concurrent senders keeps one mail server session for the whole batch.
                await using var session = sender.OpenSession();
                while (!stopping.IsCancellationRequested && !Volatile.Read(ref run.StopSending) && pending.TryDequeue(out var delivery))
                {
                    TimeSpan? delay;
                    try
                    {
                        delay = await DeliverAsync(run, session, delivery, settings);
                    }
                    catch
                    {
                        // A failed record (the database, most likely) ends the run: the other senders stop too.
                        Volatile.Write(ref run.StopSending, true);
                        throw;
                    }

                    if (delay is not null)
                    {
                        Volatile.Write(ref run.StopSending, true);
                        lock (run)
                        {
                            retryAfter ??= delay;
                        }
                    }
                }
            }));

            if (retryAfter is { } wait)
            {
                await store.ReleaseRunAsync(newsletterId, run.Id, run.LastTransientError, CancellationToken.None);
                return run.Outcome(DeliveryRunResult.RetryLater, wait);
            }

            if (stopping.IsCancellationRequested)
            {
                return await HandBackAsync(run);
            }

            if (settings.BatchPause > TimeSpan.Zero)
            {
                await Task.Delay(settings.BatchPause, clock, stopping);
            }
        }
    }

    /// <summary>Sends one claimed delivery and records the result; returns a delay when the run must stop and retry later.</summary>
    private async Task<TimeSpan?> DeliverAsync(Run run, IEmailSession session, ClaimedDelivery delivery, NewsletterOptions settings)
    {
        var message = NewsletterMessages.Compose(
            run.Content,
            delivery,
            NewsletterMessages.UnsubscribeUrl(settings.PublicBaseUrl, unsubscribeTokens.Create(delivery.UserId)),
            settings.MessageIdDomain);
        try
        {
            // Not cancelled by shutdown: a message half handed over would leave the outcome unknown.
            await session.SendAsync(message, CancellationToken.None);
        }
        catch (EmailDeliveryException exception) when (exception.IsPermanent || delivery.Attempts >= settings.MaxAttempts)
        {
            logger.LogWarning(
                "Newsletter {NewsletterId}: delivery {DeliveryId} failed for good after {Attempts} attempt(s): {Error}",
                run.Content.Id, delivery.Id, delivery.Attempts, exception.Message);
            await run.RecordAsync(() => store.MarkFailedAsync(delivery.Id, exception.Message, CancellationToken.None), sent: false);
            return null;
        }
        catch (EmailDeliveryException exception)
        {
            var delay = Backoff(delivery.Attempts, settings);
            logger.LogWarning(
                "Newsletter {NewsletterId}: the mail server failed transiently ({Error}); the rest is retried in {Delay}",
                run.Content.Id, exception.Message, delay);
            run.LastTransientError = exception.Message;
            return delay;
        }

        // Recorded even when shutdown has begun: the mail is gone, so the row must say so.
        await run.RecordAsync(() => store.MarkSentAsync(delivery.Id, clock.GetUtcNow(), CancellationToken.None), sent: true);
        return null;
    }

    private async Task<DeliveryRunOutcome> HandBackAsync(Run run)
    {
        await store.ReleaseRunAsync(run.Content.Id, run.Id, null, CancellationToken.None);
        logger.LogInformation(
            "Newsletter {NewsletterId}: shutting down after {Sent} sent in this run; the rest is handed back", run.Content.Id, run.Sent);
        return run.Outcome(DeliveryRunResult.HandedBack, TimeSpan.Zero);
    }

    internal static TimeSpan Backoff(int attempts, NewsletterOptions settings) =>
        ExponentialBackoff.Delay(attempts, settings.RetryBaseDelay, settings.RetryMaxDelay);

    /// <summary>One run's state. Sends of a batch overlap, but the store (one database connection) is used by one at a time.</summary>
    private sealed class Run(Guid id, NewsletterContent content)
    {
        private readonly SemaphoreSlim _store = new(1, 1);

        public bool StopSending;

        public Guid Id { get; } = id;

        public NewsletterContent Content { get; } = content;

        public int Sent { get; private set; }

        public int Failed { get; private set; }

        public string? LastTransientError { get; set; }

        public async Task RecordAsync(Func<Task> record, bool sent)
        {
            await _store.WaitAsync();
            try
            {
                await record();
                if (sent)
                {
                    Sent++;
                }
                else
                {
                    Failed++;
                }
            }
            finally
            {
                _store.Release();
            }
        }

        public DeliveryRunOutcome Outcome(DeliveryRunResult result, TimeSpan runAgainAfter) => new(result, runAgainAfter, Sent, Failed);
    }
}
