using CleanBackend.Application.Common.BackgroundJobs;
using CleanBackend.Infrastructure.Modules;
using CleanBackend.Infrastructure.Notifications.Newsletters;
using CleanBackend.Infrastructure.Notifications.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>
/// Quartz with the clustered ADO.NET store in PostgreSQL: every replica is a node, a job's trigger fires on one of
/// them, and a dead node's running jobs are recovered by the others. The tables are the migrations' business
/// (schema <c>quartz</c>), so Quartz neither creates nor validates them.
/// </summary>
internal static class BackgroundJobsSetup
{
    public const string HealthCheckName = "jobs";

    public static void AddBackgroundJobs(IServiceCollection services, IConfiguration configuration, string connectionString, string readinessTag)
    {
        var section = configuration.GetSection(JobsOptions.SectionName);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        services.AddSectionOptions<JobsOptions>(configuration, JobsOptions.SectionName);
        services.AddSingleton<JobMetrics>();
        services.AddSingleton<QuartzBackgroundJobs>();
        services.AddSingleton<IBackgroundJobs>(provider => provider.GetRequiredService<QuartzBackgroundJobs>());

        services.AddQuartz(quartz =>
        {
            UseClusteredStore(quartz, options, connectionString);
            quartz.AddJobListener<JobMetricsListener>();
            AddJobs(quartz, options);
            NewsletterJobs.Add(quartz, configuration);
            if (options.Enabled)
            {
                // Reports on the scheduler this node runs; a node that runs none has nothing to report.
                quartz.AddQuartzHealthChecks(health =>
                {
                    health.Name = HealthCheckName;
                    health.Tags.Add(readinessTag);
                });
            }
        });

        if (options.Enabled)
        {
            AddSchedulerLifetime(services);
        }
    }

    /// <summary>Runs the scheduler with the host: Quartz's hosted service, stopped within the shutdown timeout (<see cref="SchedulerLifetime"/>).</summary>
    internal static void AddSchedulerLifetime(IServiceCollection services)
    {
        services.Configure<QuartzHostedServiceOptions>(hosted => hosted.WaitForJobsToComplete = true);
        services.AddHostedService(provider => new SchedulerLifetime(
            ActivatorUtilities.CreateInstance<QuartzHostedService>(provider),
            provider.GetRequiredService<ILogger<SchedulerLifetime>>()));
    }

    /// <summary>
    /// The jobs and their schedules. Every node declares them at start-up and replaces what the store holds, so a
    /// changed interval takes effect with the next deployment.
    /// </summary>
    private static void AddJobs(IQuartzBuilder quartz, JobsOptions options)
    {
        var outboundEmails = QuartzBackgroundJobs.KeyOf(BackgroundJobNames.OutboundEmails);
        quartz.AddJob<OutboundEmailJob>(job => job.WithIdentity(outboundEmails).StoreDurably().RequestRecovery());
        quartz.AddTrigger(trigger => trigger
            .ForJob(outboundEmails)
            .WithIdentity(outboundEmails.Name + "-sweep", QuartzBackgroundJobs.Group)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(options.OutboundEmails.Interval).RepeatForever()));

        var refreshTokenCleanup = QuartzBackgroundJobs.KeyOf(BackgroundJobNames.RefreshTokenCleanup);
        quartz.AddJob<RefreshTokenCleanupJob>(job => job.WithIdentity(refreshTokenCleanup).StoreDurably());
        quartz.AddTrigger(trigger => trigger
            .ForJob(refreshTokenCleanup)
            .WithIdentity(refreshTokenCleanup.Name + "-schedule", QuartzBackgroundJobs.Group)
            .WithCronSchedule(options.RefreshTokenCleanup.Cron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));

        var idempotencyCleanup = QuartzBackgroundJobs.KeyOf(BackgroundJobNames.IdempotencyCleanup);
        quartz.AddJob<IdempotencyCleanupJob>(job => job.WithIdentity(idempotencyCleanup).StoreDurably());
        quartz.AddTrigger(trigger => trigger
            .ForJob(idempotencyCleanup)
            .WithIdentity(idempotencyCleanup.Name + "-schedule", QuartzBackgroundJobs.Group)
            .WithCronSchedule(options.IdempotencyCleanup.Cron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
    }

    /// <summary>The scheduler and its store: one node of the cluster named by <see cref="JobsOptions.InstanceName"/>.</summary>
    internal static void UseClusteredStore(IQuartzBuilder quartz, JobsOptions options, string connectionString)
    {
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = options.InstanceName;
            if (string.Equals(options.InstanceId, "AUTO", StringComparison.OrdinalIgnoreCase))
            {
                scheduler.GenerateInstanceId = true;
            }
            else
            {
                scheduler.InstanceId = options.InstanceId;
            }

            scheduler.IdleWaitTime = options.IdleWaitTime;

            // On shutdown the running jobs see their token cancelled and are then waited for, within
            // Hosting:ShutdownTimeout (SchedulerLifetime stops waiting then).
            scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
        });
        quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = options.MaxConcurrency);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.ConfigureStore(job =>
            {
                job.TablePrefix = JobsOptions.TablePrefix;
                job.SchemaProvisioning = SchemaProvisioning.None;
                job.MisfireThreshold = options.MisfireThreshold;

                // The store's cluster and misfire threads retry for as long as PostgreSQL is unreachable; as
                // foreground threads they would keep the process alive after the host has stopped.
                job.UseBackgroundThreads = true;
            });
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = options.ClusterCheckinInterval;
                cluster.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
            });
            store.UseSystemTextJsonSerializer();
        });
    }
}
