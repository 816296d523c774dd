using Quartz;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>Counts every job run of this node into <see cref="JobMetrics"/>, whatever the job.</summary>
public sealed class JobMetricsListener(JobMetrics metrics) : IJobListener
{
    public string Name => nameof(JobMetricsListener);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        metrics.Record(context.JobDetail.Key.Name, jobException is null ? JobMetrics.Succeeded : JobMetrics.Failed);
        return ValueTask.CompletedTask;
    }
}
