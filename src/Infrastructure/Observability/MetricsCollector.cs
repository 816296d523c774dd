using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Observability;

/// <summary>
/// Listens to the configured meters (System.Diagnostics.Metrics) and keeps cumulative values for the
/// Prometheus scrape. prometheus-net and the OpenTelemetry Prometheus exporter are not available here.
/// </summary>
public sealed class MetricsCollector : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentState> _instruments = new();

    public MetricsCollector(IOptions<MetricsOptions> options, IMeterFactory meterFactory)
    {
        var meters = options.Value.Meters.ToHashSet(StringComparer.Ordinal);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Meters made by a factory belong to that factory's host: another host in the same
            // process (as in tests) must not show up in this one's scrape.
            var ours = instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meterFactory);
            if (ours && meters.Contains(instrument.Meter.Name))
            {
                listener.EnableMeasurementEvents(instrument, _instruments.GetOrAdd(instrument, static added => new InstrumentState(added)));
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentState? _);
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<short>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<byte>((_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Every metric's current series, observable instruments read now. Families sharing a name are merged.</summary>
    public IReadOnlyList<MetricFamily> Collect()
    {
        _listener.RecordObservableInstruments();
        return _instruments.Values
            .Select(state => state.Snapshot())
            .GroupBy(family => family.Name, StringComparer.Ordinal)
            .Select(group => group.First() with { Series = group.SelectMany(family => family.Series).ToList() })
            .OrderBy(family => family.Name, StringComparer.Ordinal)
            .ToList();
    }

    public void Dispose() => _listener.Dispose();
}
