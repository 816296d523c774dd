using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// Counts what one CacheMetrics recorded in cache_requests_total, by cache and result. Only the meters
/// of <paramref name="meterFactory"/> are listened to, so fixtures running side by side do not mix.
/// </summary>
internal sealed class CacheRequestCounter : IDisposable
{
    private readonly ConcurrentDictionary<(string Cache, string Result), long> _counts = new();
    private readonly MeterListener _listener = new();

    public CacheRequestCounter(TestMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "cache_requests_total" && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? cache = null;
            string? result = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "cache")
                {
                    cache = tag.Value as string;
                }
                else if (tag.Key == "result")
                {
                    result = tag.Value as string;
                }
            }

            _counts.AddOrUpdate((cache ?? "?", result ?? "?"), value, (_, count) => count + value);
        });
        _listener.Start();
    }

    public long Count(string cache, string result) => _counts.GetValueOrDefault((cache, result));

    public void Dispose() => _listener.Dispose();
}
