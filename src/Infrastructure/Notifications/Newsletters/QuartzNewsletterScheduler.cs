using CleanBackend.Application.Notifications.Abstractions;
using Quartz;

namespace CleanBackend.Infrastructure.Notifications.Newsletters;

/// <summary>
/// One Quartz job per newsletter (so [DisallowConcurrentExecution] holds per newsletter, and two
/// newsletters are sent side by side), stored in the clustered job store: any replica may run it and
/// a dead replica's run is recovered by another. The job is not durable: it disappears with its last
/// trigger, so "no job" means "nothing will run it", which is what the sweep looks for.
/// </summary>
public sealed class QuartzNewsletterScheduler(ISchedulerFactory schedulerFactory, TimeProvider clock) : INewsletterDeliveryScheduler
{
    public const string Group = "newsletters";
    public const string NewsletterIdKey = "newsletterId";

    public static JobKey JobKeyOf(Guid newsletterId) => new($"newsletter-{newsletterId:N}", Group);

    public async Task ScheduleAsync(Guid newsletterId, TimeSpan delay, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var key = JobKeyOf(newsletterId);
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"{key.Name}-{Guid.NewGuid():N}", Group)
            .ForJob(key)
            .StartAt(clock.GetUtcNow() + delay)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var job = JobBuilder.Create<NewsletterDeliveryJob>()
            .WithIdentity(key)
            .UsingJobData(NewsletterIdKey, newsletterId.ToString())
            .RequestRecovery()
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // The job is planned or running already (a retry from inside the run, or the sweep racing the
            // request): one more trigger only runs it again after the current run, which is harmless.
            await scheduler.ScheduleJob(trigger, default, cancellationToken);
        }
    }

    /// <summary>Whether the newsletter's job exists, i.e. a run of it is planned or under way somewhere in the cluster.</summary>
    public async Task<bool> IsPlannedAsync(Guid newsletterId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        return await scheduler.Exists(JobKeyOf(newsletterId), cancellationToken);
    }
}
