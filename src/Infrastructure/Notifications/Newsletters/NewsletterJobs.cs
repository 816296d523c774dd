using CleanBackend.Application.Notifications.Newsletters;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace CleanBackend.Infrastructure.Notifications.Newsletters;

/// <summary>The jobs every node declares for newsletters: the sweep, every <see cref="NewsletterOptions.SweepInterval"/>.</summary>
internal static class NewsletterJobs
{
    public static void Add(IQuartzBuilder quartz, IConfiguration configuration)
    {
        // Quartz declares its triggers at registration, before IOptions can be resolved: read the section the options bind.
        var interval = (configuration.GetSection(NewsletterOptions.SectionName).Get<NewsletterOptions>() ?? new NewsletterOptions()).SweepInterval;
        quartz.AddJob<NewsletterSweepJob>(job => job.WithIdentity(NewsletterSweepJob.Key).StoreDurably());
        quartz.AddTrigger(trigger => trigger
            .ForJob(NewsletterSweepJob.Key)
            .WithIdentity(NewsletterSweepJob.Key.Name + "-schedule", QuartzNewsletterScheduler.Group)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
