namespace CleanBackend.Infrastructure.Observability;

/// <summary>
/// A series at scrape time. For histograms <see cref="Value"/> is the sum, <see cref="Count"/> the
/// number of observations and <see cref="BucketCounts"/> the per-bucket (not cumulative) counts,
/// the last one being the overflow above every bound.
/// </summary>
public sealed record SeriesSnapshot(
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    double Value,
    long Count,
    IReadOnlyList<long> BucketCounts);
