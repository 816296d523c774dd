using CleanBackend.Infrastructure.Observability;
using CleanBackend.TestSupport.Prometheus;

namespace CleanBackend.Infrastructure.IntegrationTests.Observability;

/// <summary>The exposition rules Prometheus relies on, checked on families built by hand.</summary>
public sealed class PrometheusTextFormatTests
{
    private static readonly IReadOnlyList<double> NoBuckets = [];

    [Test]
    public void Write_EveryFamily_GetsOneHelpAndOneTypeLineBeforeItsSamples()
    {
        var text = PrometheusTextFormat.Write(
        [
            Family("requests_total", MetricKind.Counter, Series(5, ("method", "GET"))),
            Family("in_flight", MetricKind.Gauge, Series(2)),
            Histogram("duration_seconds", [0.1, 1], Observations([1, 0, 0], sum: 0.05)),
        ]);

        var lines = text.TrimEnd('\n').Split('\n');
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Count(line => line.StartsWith("# HELP ", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(lines.Count(line => line.StartsWith("# TYPE ", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(lines[0], Is.EqualTo("# HELP requests_total help of requests_total"));
            Assert.That(lines[1], Is.EqualTo("# TYPE requests_total counter"));
            Assert.That(lines[2], Is.EqualTo("requests_total{method=\"GET\"} 5"));
            Assert.That(lines, Does.Contain("# TYPE in_flight gauge"));
            Assert.That(lines, Does.Contain("# TYPE duration_seconds histogram"));
        }

        // The strict parser also rejects a sample whose family was not typed before it.
        var scrape = PrometheusExposition.Parse(text);
        Assert.That(scrape.Types, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["requests_total"] = "counter",
            ["in_flight"] = "gauge",
            ["duration_seconds"] = "histogram",
        }));
    }

    [Test]
    public void Write_ASampleWithoutLabels_HasNoBraces()
    {
        var text = PrometheusTextFormat.Write([Family("in_flight", MetricKind.Gauge, Series(3))]);

        Assert.That(text.Split('\n'), Does.Contain("in_flight 3"));
    }

    [Test]
    public void Write_HelpText_EscapesBackslashAndNewline()
    {
        var family = new MetricFamily("odd", "a \\ b\nsecond line", MetricKind.Gauge, NoBuckets, [Series(1)]);

        var text = PrometheusTextFormat.Write([family]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Split('\n')[0], Is.EqualTo("# HELP odd a \\\\ b\\nsecond line"));
            Assert.That(PrometheusExposition.Parse(text).Help["odd"], Is.EqualTo("a \\ b\nsecond line"));
        }
    }

    [TestCase("C:\\temp", "C:\\\\temp", TestName = "Write_ABackslashInALabelValue_IsEscaped")]
    [TestCase("say \"hi\"", "say \\\"hi\\\"", TestName = "Write_ADoubleQuoteInALabelValue_IsEscaped")]
    [TestCase("two\nlines", "two\\nlines", TestName = "Write_ANewlineInALabelValue_IsEscaped")]
    [TestCase("all \\ \" \n", "all \\\\ \\\" \\n", TestName = "Write_BackslashQuoteAndNewlineTogether_AreEachEscapedOnce")]
    public void Write_LabelValues_AreEscaped(string value, string escaped)
    {
        var text = PrometheusTextFormat.Write([Family("x_total", MetricKind.Counter, Series(1, ("path", value)))]);

        var sample = PrometheusExposition.Parse(text).SamplesNamed("x_total").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sample.Line, Is.EqualTo($"x_total{{path=\"{escaped}\"}} 1"));
            Assert.That(sample.Label("path"), Is.EqualTo(value), "the value must read back unchanged");
        }
    }

    [Test]
    public void Write_HistogramBuckets_AreCumulativeAscendingAndEndWithPlusInfEqualToCount()
    {
        // Per-bucket counts as the collector keeps them: 1 at ≤0.1, 2 in (0.1, 1], 0 in (1, 10], 3 above 10.
        var text = PrometheusTextFormat.Write(
            [Histogram("duration_seconds", [0.1, 1, 10], Observations([1, 2, 0, 3], sum: 42.5), ("route", "api/x"))]);

        var scrape = PrometheusExposition.Parse(text);
        var buckets = scrape.SamplesNamed("duration_seconds_bucket");
        var bounds = buckets.Select(bucket => PrometheusExposition.ParseValue(bucket.Label("le")!)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(buckets.Select(bucket => bucket.Label("le")), Is.EqualTo(new[] { "0.1", "1", "10", "+Inf" }));
            Assert.That(bounds, Is.Ordered.Ascending);
            Assert.That(buckets.Select(bucket => bucket.Value), Is.EqualTo(new[] { 1d, 3, 3, 6 }));
            Assert.That(buckets.Select(bucket => bucket.Value), Is.Ordered.Ascending, "cumulative counts never decrease");
            Assert.That(buckets, Has.All.Matches<PrometheusSample>(bucket => bucket.Label("route") == "api/x"));
            Assert.That(scrape.SamplesNamed("duration_seconds_sum").Single().Value, Is.EqualTo(42.5));
            Assert.That(scrape.SamplesNamed("duration_seconds_count").Single().Value, Is.EqualTo(6));
            Assert.That(buckets[^1].Value, Is.EqualTo(scrape.SamplesNamed("duration_seconds_count").Single().Value));
        }
    }

    [Test]
    public void Write_AHistogramWithNoObservations_StillWritesZeroBucketsSumAndCount()
    {
        var text = PrometheusTextFormat.Write([Histogram("idle_seconds", [1], Observations([0, 0], sum: 0))]);

        Assert.That(text.TrimEnd('\n').Split('\n')[2..], Is.EqualTo(new[]
        {
            "idle_seconds_bucket{le=\"1\"} 0",
            "idle_seconds_bucket{le=\"+Inf\"} 0",
            "idle_seconds_sum 0",
            "idle_seconds_count 0",
        }));
    }

    [TestCase(double.NaN, "NaN")]
    [TestCase(double.PositiveInfinity, "+Inf")]
    [TestCase(double.NegativeInfinity, "-Inf")]
    [TestCase(0.1, "0.1")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(1234567.0, "1234567")]
    public void Write_Values_UseThePrometheusSpelling(double value, string expected)
    {
        var text = PrometheusTextFormat.Write([Family("g", MetricKind.Gauge, Series(value))]);

        var sample = PrometheusExposition.Parse(text).SamplesNamed("g").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sample.RawValue, Is.EqualTo(expected));
            Assert.That(sample.Value, Is.EqualTo(value));
        }
    }

    [Test]
    public void Write_AFamilyWithoutSeries_IsLeftOutEntirely()
    {
        var text = PrometheusTextFormat.Write(
        [
            new MetricFamily("never_used_total", "never", MetricKind.Counter, NoBuckets, []),
            Family("used_total", MetricKind.Counter, Series(1)),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Not.Contain("never_used_total"));
            Assert.That(text, Does.StartWith("# HELP used_total"));
        }
    }

    [Test]
    public void Write_NothingToWrite_GivesAnEmptyDocument()
    {
        Assert.That(PrometheusTextFormat.Write([]), Is.Empty);
    }

    [Test]
    public void ContentType_IsThe004TextFormat()
    {
        Assert.That(PrometheusTextFormat.ContentType, Is.EqualTo("text/plain; version=0.0.4; charset=utf-8"));
    }

    private static MetricFamily Family(string name, MetricKind kind, params SeriesSnapshot[] series) =>
        new(name, "help of " + name, kind, NoBuckets, series);

    private static MetricFamily Histogram(string name, double[] bounds, (long[] Buckets, double Sum) observations, params (string, string)[] labels) =>
        new(name, "help of " + name, MetricKind.Histogram, bounds,
            [new SeriesSnapshot(Labels(labels), observations.Sum, observations.Buckets.Sum(), observations.Buckets)]);

    private static (long[] Buckets, double Sum) Observations(long[] perBucket, double sum) => (perBucket, sum);

    private static SeriesSnapshot Series(double value, params (string, string)[] labels) => new(Labels(labels), value, 0, []);

    private static List<KeyValuePair<string, string>> Labels((string Name, string Value)[] labels) =>
        labels.Select(label => new KeyValuePair<string, string>(label.Name, label.Value)).ToList();
}
