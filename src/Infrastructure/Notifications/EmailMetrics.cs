using System.Diagnostics.Metrics;
using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.Infrastructure.Notifications;

/// <summary>emails_sent_total{kind, result}: each attempt to send an outbox e-mail, by kind (welcome, …) and result (sent, retry, failed).</summary>
public sealed class EmailMetrics(IMeterFactory meterFactory)
{
    private readonly Counter<long> _attempts = meterFactory.Create(ApplicationMeter.Name)
        .CreateCounter<long>("emails_sent_total", description: "Outbox e-mail send attempts by kind and result (sent, retry, failed).");

    /// <summary>Counts <paramref name="count"/> attempts with one result at once, so a batch costs one measurement.</summary>
    public void Record(string kind, string result, long count = 1) =>
        _attempts.Add(count, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("result", result));
}
