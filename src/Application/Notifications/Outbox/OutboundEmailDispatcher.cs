using CleanBackend.Application.Common.Retries;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Notifications.Outbox;

/// <summary>
/// Drains the e-mail outbox: claims due rows batch by batch and hands each to the mail server. Accepted rows are
/// marked sent; a permanent refusal marks the row failed at once; anything else (server down, 4xx) leaves it pending
/// with an exponentially growing delay, until <see cref="OutboundEmailDeliveryOptions.MaxAttempts"/> is reached. A row
/// is marked right after its own send, so a crash re-sends at most the message in flight (with the same Message-ID).
/// </summary>
public sealed class OutboundEmailDispatcher(
    IOutboundEmailQueue queue,
    IEmailSender sender,
    TimeProvider timeProvider,
    IOptions<OutboundEmailDeliveryOptions> options,
    ILogger<OutboundEmailDispatcher> logger)
{
    /// <summary>Sends everything due until the outbox has nothing due left or <paramref name="cancellationToken"/> fires.</summary>
    public async Task<IReadOnlyList<OutboundEmailOutcome>> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var outcomes = new List<OutboundEmailOutcome>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await queue.ClaimDueAsync(settings.BatchSize, settings.Lease, cancellationToken);
            var sentBefore = outcomes.Count(outcome => outcome.Result == OutboundEmailOutcome.Sent);
            for (var index = 0; index < batch.Count; index++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    // Stopping: what was claimed but not tried goes back at once instead of waiting out its lease.
                    await queue.ReleaseAsync(batch.Skip(index).Select(email => email.Id).ToList(), CancellationToken.None);
                    return outcomes;
                }

                outcomes.Add(await DeliverAsync(batch[index], settings, cancellationToken));
            }

            // A short batch means nothing else is due; a batch with nothing sent means the server is refusing or
            // unreachable, and the rows just rescheduled should wait for their time rather than be hammered again.
            if (batch.Count < settings.BatchSize || outcomes.Count(outcome => outcome.Result == OutboundEmailOutcome.Sent) == sentBefore)
            {
                break;
            }
        }

        return outcomes;
    }

    private async Task<OutboundEmailOutcome> DeliverAsync(OutboundEmail email, OutboundEmailDeliveryOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(
                new EmailMessage
                {
                    To = email.Recipient,
                    Subject = email.Subject,
                    HtmlBody = email.HtmlBody,
                    TextBody = email.TextBody,
                    MessageId = email.MessageId,
                },
                cancellationToken);
        }
        catch (EmailDeliveryException failure) when (failure.IsPermanent || email.Attempts >= settings.MaxAttempts)
        {
            logger.LogWarning("E-mail {EmailId} ({Kind}) failed for good after {Attempts} attempt(s): {Reason}", email.Id, email.Kind, email.Attempts, failure.Message);
            await queue.MarkFailedAsync(email.Id, failure.Message, CancellationToken.None);
            return new OutboundEmailOutcome(email.Id, email.Kind, OutboundEmailOutcome.Failed);
        }
        catch (EmailDeliveryException failure)
        {
            var retryAt = timeProvider.GetUtcNow() + RetryDelay(email.Attempts, settings);
            logger.LogInformation("E-mail {EmailId} ({Kind}) will be retried at {RetryAt}: {Reason}", email.Id, email.Kind, retryAt, failure.Message);
            await queue.ScheduleRetryAsync(email.Id, retryAt, failure.Message, CancellationToken.None);
            return new OutboundEmailOutcome(email.Id, email.Kind, OutboundEmailOutcome.Retry);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped mid-send: whether the server got it is unknown; hand it back for the next run (same Message-ID).
            await queue.ReleaseAsync([email.Id], CancellationToken.None);
            throw;
        }

        // The server has the message: record it even if the job is being stopped, or it would be sent twice.
        await queue.MarkSentAsync(email.Id, timeProvider.GetUtcNow(), CancellationToken.None);
        return new OutboundEmailOutcome(email.Id, email.Kind, OutboundEmailOutcome.Sent);
    }

    /// <summary>RetryBaseDelay × 2^(attempts − 1), capped at RetryMaxDelay.</summary>
    public static TimeSpan RetryDelay(int attempts, OutboundEmailDeliveryOptions settings) =>
        ExponentialBackoff.Delay(attempts, settings.RetryBaseDelay, settings.RetryMaxDelay);
}
