using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace CleanBackend.Infrastructure.Observability;

/// <summary>What the collector keeps for one instrument: its Prometheus identity and its series by label set.</summary>
internal sealed class InstrumentState
{
    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly double[] MillisecondsBuckets = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];
    private static readonly double[] DefaultBuckets = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000, 10000];

    private readonly ConcurrentDictionary<string, MetricSeries> _series = new(StringComparer.Ordinal);
    private readonly bool _cumulativeObservations;

    public InstrumentState(Instrument instrument)
    {
        var definition = instrument.GetType().IsGenericType ? instrument.GetType().GetGenericTypeDefinition() : instrument.GetType();
        Kind = definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>) ? MetricKind.Counter
            : definition == typeof(Histogram<>) ? MetricKind.Histogram
            : MetricKind.Gauge;

        // Observable instruments report their current total on every scrape, so a report replaces
        // the value; synchronous counters report increments, which add up.
        _cumulativeObservations = instrument.IsObservable;
        Name = PrometheusNames.ForInstrument(instrument.Name, instrument.Unit, Kind);
        Help = string.IsNullOrWhiteSpace(instrument.Description) ? instrument.Name : instrument.Description;
        BucketBounds = Kind == MetricKind.Histogram ? BucketsFor(instrument) : [];
    }

    public string Name { get; }

    public string Help { get; }

    public MetricKind Kind { get; }

    public double[] BucketBounds { get; }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = ToLabels(tags);
        var key = string.Join('\u001f', labels.Select(label => label.Key + "=" + label.Value));
        var series = _series.GetOrAdd(key, _ => new MetricSeries(labels, Kind == MetricKind.Histogram ? BucketBounds : null));

        if (Kind == MetricKind.Histogram)
        {
            series.Observe(value);
        }
        else if (_cumulativeObservations)
        {
            series.Set(value);
        }
        else
        {
            series.Add(value);
        }
    }

    public MetricFamily Snapshot() =>
        new(Name, Help, Kind, BucketBounds, _series.Values.Select(series => series.Snapshot()).ToList());

    private static List<KeyValuePair<string, string>> ToLabels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new List<KeyValuePair<string, string>>(tags.Length);
        foreach (var tag in tags)
        {
            labels.Add(new(PrometheusNames.ForLabel(tag.Key), Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty));
        }

        labels.Sort((left, right) => string.CompareOrdinal(left.Key, right.Key));
        return labels;
    }

    private static double[] BucketsFor(Instrument instrument)
    {
        var advised = instrument switch
        {
            Histogram<double> histogram => histogram.Advice?.HistogramBucketBoundaries?.ToArray(),
            Histogram<long> histogram => histogram.Advice?.HistogramBucketBoundaries?.Select(bound => (double)bound).ToArray(),
            Histogram<int> histogram => histogram.Advice?.HistogramBucketBoundaries?.Select(bound => (double)bound).ToArray(),
            _ => null,
        };

        return advised ?? instrument.Unit switch
        {
            "s" => SecondsBuckets,
            "ms" => MillisecondsBuckets,
            _ => DefaultBuckets,
        };
    }
}
