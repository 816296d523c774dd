using CleanBackend.Infrastructure.Observability;
using CleanBackend.TestSupport.Prometheus;

namespace CleanBackend.Infrastructure.IntegrationTests.Observability;

/// <summary>The exposition rules Prometheus relies on, checked on families built by hand.</summary>
public sealed class PrometheusTextFormatTests
{
    private static readonly IReadOnlyList<double> NoBuckets = [];

    [Test]
    public void Every_family_gets_one_HELP_and_one_TYPE_line_before_its_samples()
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
    public void A_sample_without_labels_has_no_braces()
    {
        var text = PrometheusTextFormat.Write([Family("in_flight", MetricKind.Gauge, Series(3))]);

        Assert.That(text.Split('\n'), Does.Contain("in_flight 3"));
    }

    [Test]
    public void Help_text_escapes_backslash_and_newline()
    {
        var family = new MetricFamily("odd", "a \\ b\nsecond line", MetricKind.Gauge, NoBuckets, [Series(1)]);

        var text = PrometheusTextFormat.Write([family]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Split('\n')[0], Is.EqualTo("# HELP odd a \\\\ b\\nsecond line"));
            Assert.That(PrometheusExposition.Parse(text).Help["odd"], Is.EqualTo("a \\ b\nsecond line"));
        }
    }

    [TestCase("C:\\temp", "C:\\\\temp", TestName = "A backslash in a label value is escaped")]
    [TestCase("say \"hi\"", "say \\\"hi\\\"", TestName = "A double quote in a label value is escaped")]
    [TestCase("two\nlines", "two\\nlines", TestName = "A newline in a label value is escaped")]
    [TestCase("all \\ \" \n", "all \\\\ \\\" \\n", TestName = "Backslash, quote and newline together are each escaped once")]
    public void Label_values_are_escaped(string value, string escaped)
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
    public void Histogram_buckets_are_cumulative_ascending_and_end_with_plus_Inf_equal_to_count()
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
    public void A_histogram_with_no_observations_still_writes_zero_buckets_sum_and_count()
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
    public void Values_use_the_Prometheus_spelling(double value, string expected)
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
    public void A_family_without_series_is_left_out_entirely()
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
    public void Nothing_to_write_gives_an_empty_document()
    {
        Assert.That(PrometheusTextFormat.Write([]), Is.Empty);
    }

    [Test]
    public void The_content_type_is_the_0_0_4_text_format()
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
