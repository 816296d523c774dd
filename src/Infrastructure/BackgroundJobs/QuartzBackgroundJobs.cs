using System.Collections.Concurrent;
using CleanBackend.Application.Common.BackgroundJobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>
/// Triggers a stored job in the clustered Quartz store. Storing a trigger takes Quartz's cluster-wide trigger lock,
/// so a burst of requests for the same job (say, one per registration) is coalesced into one trigger per
/// <see cref="JobsOptions.TriggerCoalescingWindow"/>; what a skipped request wanted is done by that run or, at the
/// latest, by the job's next scheduled run.
/// </summary>
public sealed class QuartzBackgroundJobs(ISchedulerFactory schedulerFactory, IOptions<JobsOptions> options, TimeProvider timeProvider)
    : IBackgroundJobs
{
    public const string Group = "cleanbackend";

    private readonly ConcurrentDictionary<string, long> _lastTriggered = new(StringComparer.Ordinal);

    public static JobKey KeyOf(string jobName) => new(jobName, Group);

    public async Task TriggerAsync(string jobName, CancellationToken cancellationToken)
    {
        if (!TryEnterWindow(jobName))
        {
            return;
        }

        try
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(KeyOf(jobName), cancellationToken);
        }
        catch
        {
            // Not triggered after all: let the next request try instead of waiting out the window.
            _lastTriggered.TryRemove(jobName, out _);
            throw;
        }
    }

    private bool TryEnterWindow(string jobName)
    {
        var now = timeProvider.GetTimestamp();
        var window = options.Value.TriggerCoalescingWindow;
        while (true)
        {
            if (!_lastTriggered.TryGetValue(jobName, out var last))
            {
                if (_lastTriggered.TryAdd(jobName, now))
                {
                    return true;
                }

                continue;
            }

            if (timeProvider.GetElapsedTime(last, now) < window)
            {
                return false;
            }

            if (_lastTriggered.TryUpdate(jobName, now, last))
            {
                return true;
            }
        }
    }
}
