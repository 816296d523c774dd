using Quartz;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>A test job that runs until its token is cancelled, and reports that it started and that it saw the cancellation.</summary>
internal sealed class BlockingJob(BlockingJobProbe probe) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        probe.Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            probe.SawCancellation = true;
        }
    }
}
