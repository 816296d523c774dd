using CleanBackend.Domain.Notifications;
using CleanBackend.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CleanBackend.Infrastructure.Notifications.Newsletters;

/// <summary>
/// The safety net of newsletter scheduling: every unfinished newsletter must have a job. One is missing
/// when the process died between the commit of the newsletter and scheduling its job, when scheduling
/// failed, or when a replica shutting down could not plan the rest of its run.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NewsletterSweepJob(
    ApplicationDbContext dbContext,
    QuartzNewsletterScheduler scheduler,
    ILogger<NewsletterSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("newsletter-sweep", QuartzNewsletterScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var unfinished = await dbContext.Newsletters.AsNoTracking()
            .Where(newsletter => newsletter.State == NewsletterState.Queued || newsletter.State == NewsletterState.Running)
            .Select(newsletter => newsletter.Id)
            .ToListAsync(cancellationToken);
        foreach (var newsletterId in unfinished)
        {
            if (!await scheduler.IsPlannedAsync(newsletterId, cancellationToken))
            {
                logger.LogWarning("Newsletter {NewsletterId} is unfinished and had no job; starting it", newsletterId);
                await scheduler.ScheduleAsync(newsletterId, TimeSpan.Zero, cancellationToken);
            }
        }
    }
}
