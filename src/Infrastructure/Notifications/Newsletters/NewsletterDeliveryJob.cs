using CleanBackend.Application.Notifications.Newsletters;
using CleanBackend.Application.Notifications.Newsletters.Delivery;
using CleanBackend.Application.Notifications.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CleanBackend.Infrastructure.Notifications.Newsletters;

/// <summary>
/// Runs <see cref="NewsletterDeliveryEngine"/> for the newsletter in the job data. Only one run per
/// newsletter at a time in the whole cluster; a run whose replica died is run again elsewhere with
/// <see cref="IJobExecutionContext.Recovering"/> set, which lets it resume the dead run's claims at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NewsletterDeliveryJob(
    NewsletterDeliveryEngine engine,
    QuartzNewsletterScheduler scheduler,
    EmailMetrics metrics,
    IOptions<NewsletterOptions> options,
    ILogger<NewsletterDeliveryJob> logger) : IJob
{
    public const string MetricsKind = "newsletter";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(context.MergedJobDataMap.GetString(QuartzNewsletterScheduler.NewsletterIdKey), out var newsletterId))
        {
            logger.LogError("Newsletter job {JobKey} has no newsletter id in its data", context.JobDetail.Key);
            return;
        }

        DeliveryRunOutcome outcome;
        try
        {
            outcome = await engine.RunAsync(newsletterId, context.Recovering, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The engine logged it and released its claims; a failing database gets the same back-off as a failing mail server.
            logger.LogWarning(exception, "Newsletter {NewsletterId}: the run failed and is retried", newsletterId);
            await RunAgainAsync(newsletterId, options.Value.RetryBaseDelay);
            return;
        }

        Record(outcome);
        if (outcome.MustRunAgain)
        {
            await RunAgainAsync(newsletterId, outcome.RunAgainAfter);
        }
    }

    private void Record(DeliveryRunOutcome outcome)
    {
        if (outcome.Sent > 0)
        {
            metrics.Record(MetricsKind, OutboundEmailOutcome.Sent, outcome.Sent);
        }

        if (outcome.Failed > 0)
        {
            metrics.Record(MetricsKind, OutboundEmailOutcome.Failed, outcome.Failed);
        }

        if (outcome.Result == DeliveryRunResult.RetryLater)
        {
            metrics.Record(MetricsKind, OutboundEmailOutcome.Retry);
        }
    }

    private async Task RunAgainAsync(Guid newsletterId, TimeSpan delay)
    {
        try
        {
            // Not the run's token: on shutdown it is cancelled, and the hand-back still has to be planned.
            await scheduler.ScheduleAsync(newsletterId, delay, CancellationToken.None);
        }
        catch (SchedulerException exception)
        {
            // A scheduler that is shutting down accepts no new triggers; the sweep of another replica
            // finds the unfinished newsletter without a job and starts it again.
            logger.LogWarning(exception, "Newsletter {NewsletterId}: the next run could not be planned here; the sweep will", newsletterId);
        }
    }
}
