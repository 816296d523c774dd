using System.Diagnostics.Metrics;
using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.Infrastructure.Notifications;

/// <summary>emails_sent_total{kind, result}: each attempt to send an outbox e-mail, by kind (welcome, …) and result (sent, retry, failed).</summary>
public sealed class EmailMetrics(IMeterFactory meterFactory)
{
    private readonly Counter<long> _attempts = meterFactory.Create(ApplicationMeter.Name)
        .CreateCounter<long>("emails_sent_total", description: "Outbox e-mail send attempts by kind and result (sent, retry, failed).");

    public void Record(string kind, string result) =>
        _attempts.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("result", result));
}
