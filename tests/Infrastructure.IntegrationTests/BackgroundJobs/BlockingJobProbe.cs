namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>What <see cref="BlockingJob"/> reports to its test.</summary>
internal sealed class BlockingJobProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool SawCancellation { get; set; }
}
