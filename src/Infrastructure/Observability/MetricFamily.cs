namespace CleanBackend.Infrastructure.Observability;

/// <summary>One exported metric with all its series, as the text format groups them.</summary>
public sealed record MetricFamily(
    string Name,
    string Help,
    MetricKind Kind,
    IReadOnlyList<double> BucketBounds,
    IReadOnlyList<SeriesSnapshot> Series);
