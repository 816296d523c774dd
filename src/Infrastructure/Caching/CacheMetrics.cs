using System.Diagnostics.Metrics;
using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.Infrastructure.Caching;

/// <summary>cache_requests_total{cache, result}: how often each cache layer answered, missed or failed.</summary>
public sealed class CacheMetrics(IMeterFactory meterFactory)
{
    public const string Hit = "hit";
    public const string Miss = "miss";
    public const string Error = "error";

    private readonly Counter<long> _requests = meterFactory.Create(ApplicationMeter.Name)
        .CreateCounter<long>("cache_requests_total", description: "Cache lookups by cache layer and result (hit, miss, error).");

    public void Record(string cache, string result) =>
        _requests.Add(1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", result));
}
