using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>
/// Quartz's hosted service, with its stopping bounded by the host's shutdown timeout. Running jobs see their token
/// cancelled and are waited for; but Quartz waits for the scheduler however long its shutdown takes, and with
/// PostgreSQL gone while a trigger is being fired that is forever (the scheduler keeps retrying to hand the trigger
/// back), so the process would never exit. Here the wait ends with the host's stop token: what was still running is
/// recovered by another node, as after a crash.
/// </summary>
internal sealed class SchedulerLifetime(IHostedLifecycleService quartz, ILogger<SchedulerLifetime> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => quartz.StartingAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => quartz.StartAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => quartz.StartedAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => WithinAsync(quartz.StoppingAsync(cancellationToken), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => WithinAsync(quartz.StopAsync(cancellationToken), cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => WithinAsync(quartz.StoppedAsync(cancellationToken), cancellationToken);

    private async Task WithinAsync(Task stopping, CancellationToken hostStopToken)
    {
        try
        {
            await stopping.WaitAsync(hostStopToken);
        }
        catch (OperationCanceledException) when (hostStopToken.IsCancellationRequested)
        {
            logger.LogWarning("The job scheduler did not stop within the shutdown timeout; jobs still running are left to the cluster's recovery");
        }
    }
}
