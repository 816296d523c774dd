using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CleanBackend.Infrastructure.IntegrationTests.Observability;

/// <summary>
/// Records the cache_requests_total measurements of the meters one <see cref="IMeterFactory"/> made.
/// Other fixtures create CleanBackend meters of the same name in parallel; filtering on the meter's
/// scope keeps their measurements out of this test's counts.
/// </summary>
public sealed class CacheRequestRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Cache, string Result, long Increment)> _measurements = new();

    public CacheRequestRecorder(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope) && instrument.Name == "cache_requests_total")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? cache = null, result = null;
            foreach (var tag in tags)
            {
                cache = tag.Key == "cache" ? tag.Value as string : cache;
                result = tag.Key == "result" ? tag.Value as string : result;
            }

            _measurements.Enqueue((cache ?? "<none>", result ?? "<none>", value));
        });
        _listener.Start();
    }

    /// <summary>Every measurement so far as "cache/result", one entry per increment of 1.</summary>
    public IReadOnlyList<string> Requests =>
        _measurements.SelectMany(measurement => Enumerable.Repeat($"{measurement.Cache}/{measurement.Result}", (int)measurement.Increment)).ToList();

    public void Dispose() => _listener.Dispose();
}
