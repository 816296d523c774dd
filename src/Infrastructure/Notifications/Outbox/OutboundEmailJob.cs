using CleanBackend.Application.Notifications.Outbox;
using Quartz;

namespace CleanBackend.Infrastructure.Notifications.Outbox;

/// <summary>
/// Drains the e-mail outbox: on its schedule and whenever a commit asks for it. One run at a time in the whole
/// cluster (runs would only compete for the same rows); the claim's SKIP LOCKED keeps even overlapping runs apart.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboundEmailJob(OutboundEmailDispatcher dispatcher, EmailMetrics metrics) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var outcomes = await dispatcher.DeliverDueAsync(cancellationToken);
        foreach (var outcome in outcomes)
        {
            metrics.Record(outcome.Kind, outcome.Result);
        }
    }
}
