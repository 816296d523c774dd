using Microsoft.Extensions.Configuration;
using Quartz;

namespace CleanBackend.Infrastructure.Notifications.Newsletters;

/// <summary>The jobs every node declares for newsletters: the sweep, every <c>Newsletters:SweepInterval</c>.</summary>
internal static class NewsletterJobs
{
    public static void Add(IQuartzBuilder quartz, IConfiguration configuration)
    {
        var interval = configuration.GetValue("Newsletters:SweepInterval", TimeSpan.FromSeconds(30));
        quartz.AddJob<NewsletterSweepJob>(job => job.WithIdentity(NewsletterSweepJob.Key).StoreDurably());
        quartz.AddTrigger(trigger => trigger
            .ForJob(NewsletterSweepJob.Key)
            .WithIdentity(NewsletterSweepJob.Key.Name + "-schedule", QuartzNewsletterScheduler.Group)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
