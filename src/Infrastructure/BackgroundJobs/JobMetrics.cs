using System.Diagnostics.Metrics;
using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>jobs_total{job, result}: every job run on this node, by outcome (succeeded, failed).</summary>
public sealed class JobMetrics(IMeterFactory meterFactory)
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    private readonly Counter<long> _runs = meterFactory.Create(ApplicationMeter.Name)
        .CreateCounter<long>("jobs_total", description: "Background job runs on this node by job and result (succeeded, failed).");

    public void Record(string job, string result) =>
        _runs.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("result", result));
}
