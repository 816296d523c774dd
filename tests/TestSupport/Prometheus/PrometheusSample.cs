namespace CleanBackend.TestSupport.Prometheus;

/// <summary>One sample line of a scrape: the metric name, its labels (unescaped) and its value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value, string RawValue, string Line)
{
    /// <summary>The value of <paramref name="label"/>, or null when the sample has no such label.</summary>
    public string? Label(string label) => Labels.TryGetValue(label, out var value) ? value : null;

    /// <summary>Whether every given label is present with the given value (other labels may be present too).</summary>
    public bool HasLabels(params (string Name, string Value)[] labels) =>
        labels.All(label => Labels.TryGetValue(label.Name, out var value) && value == label.Value);

    /// <summary>The sample line as scraped, so failure messages show what the API wrote.</summary>
    public override string ToString() => Line;
}
