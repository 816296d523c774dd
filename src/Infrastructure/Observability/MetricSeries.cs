namespace CleanBackend.Infrastructure.Observability;

/// <summary>The running value of one instrument for one set of labels.</summary>
internal sealed class MetricSeries(IReadOnlyList<KeyValuePair<string, string>> labels, double[]? bucketBounds)
{
    private readonly object _gate = new();
    private readonly long[] _bucketCounts = new long[(bucketBounds?.Length ?? 0) + 1];
    private double _value;
    private long _count;

    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; } = labels;

    public void Add(double increment)
    {
        lock (_gate)
        {
            _value += increment;
        }
    }

    public void Set(double value)
    {
        lock (_gate)
        {
            _value = value;
        }
    }

    public void Observe(double value)
    {
        var bucket = bucketBounds is null ? 0 : Array.FindIndex(bucketBounds, bound => value <= bound);
        lock (_gate)
        {
            _value += value;
            _count++;
            _bucketCounts[bucket < 0 ? _bucketCounts.Length - 1 : bucket]++;
        }
    }

    public SeriesSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new SeriesSnapshot(Labels, _value, _count, (long[])_bucketCounts.Clone());
        }
    }
}
