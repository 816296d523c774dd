using CleanBackend.Infrastructure.IntegrationTests.Support;
using System.Diagnostics.Metrics;
using CleanBackend.Infrastructure.Observability;
using CleanBackend.TestSupport.Prometheus;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Observability;

/// <summary>
/// The collector over a meter private to each test (a new name every time), so meters of other
/// fixtures running in parallel never show up in what a test collects.
/// </summary>
public sealed class MetricsCollectorTests
{
    private string _meterName = null!;
    private Meter _meter = null!;
    private MetricsCollector _collector = null!;

    [SetUp]
    public void CreateMeterAndCollector()
    {
        _meterName = $"CleanBackend.Tests.{Guid.NewGuid():N}";
        _meter = new Meter(_meterName);
        _collector = new MetricsCollector(Options.Create(new MetricsOptions { Meters = [_meterName] }), new TestMeterFactory());
    }

    [TearDown]
    public void Dispose()
    {
        _collector.Dispose();
        _meter.Dispose();
    }

    [Test]
    public void Collect_ACounter_AddsUpPerLabelSet()
    {
        var counter = _meter.CreateCounter<long>("test.requests", description: "Requests served.");

        counter.Add(2, Tag("kind", "a"));
        counter.Add(3, Tag("kind", "a"));
        counter.Add(1, Tag("kind", "b"));

        var family = Single("test_requests_total");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(family.Kind, Is.EqualTo(MetricKind.Counter));
            Assert.That(family.Help, Is.EqualTo("Requests served."));
            Assert.That(ValueOf(family, ("kind", "a")), Is.EqualTo(5));
            Assert.That(ValueOf(family, ("kind", "b")), Is.EqualTo(1));
        }
    }

    [Test]
    public void Collect_TagsGivenInAnotherOrder_AddToTheSameSeries()
    {
        var counter = _meter.CreateCounter<int>("test.ordered");

        counter.Add(1, Tag("method", "GET"), Tag("status", 200));
        counter.Add(1, Tag("status", 200), Tag("method", "GET"));

        var family = Single("test_ordered_total");
        Assert.That(family.Series, Has.Count.EqualTo(1));
        Assert.That(family.Series[0].Value, Is.EqualTo(2));
    }

    [Test]
    public void Collect_ACounterOfDoubles_KeepsFractions()
    {
        var counter = _meter.CreateCounter<double>("test.work", unit: "s");

        counter.Add(0.25);
        counter.Add(0.5);

        Assert.That(Single("test_work_seconds_total").Series.Single().Value, Is.EqualTo(0.75));
    }

    [Test]
    public void Collect_AnUpDownCounter_GoesUpAndDownAndIsExportedAsAGauge()
    {
        var inFlight = _meter.CreateUpDownCounter<long>("test.in_flight");

        inFlight.Add(3);
        inFlight.Add(-1);
        inFlight.Add(-1);

        var family = Single("test_in_flight");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(family.Kind, Is.EqualTo(MetricKind.Gauge));
            Assert.That(family.Series.Single().Value, Is.EqualTo(1));
        }
    }

    [Test]
    public void Collect_AHistogram_UsesTheBucketBoundariesOfItsAdvice()
    {
        var histogram = _meter.CreateHistogram<double>(
            "test.latency", unit: "s", description: null, tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10] });

        foreach (var value in new[] { 0.5, 1, 3, 7, 100 })
        {
            histogram.Record(value);
        }

        var family = Single("test_latency_seconds");
        var series = family.Series.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(family.Kind, Is.EqualTo(MetricKind.Histogram));
            Assert.That(family.BucketBounds, Is.EqualTo(new[] { 1d, 5, 10 }));
            Assert.That(series.BucketCounts, Is.EqualTo(new[] { 2L, 1, 1, 1 }), "a value equal to a bound falls into that bound's bucket");
            Assert.That(series.Count, Is.EqualTo(5));
            Assert.That(series.Value, Is.EqualTo(111.5), "the sum");
        }

        var buckets = PrometheusExposition.Parse(PrometheusTextFormat.Write([family])).SamplesNamed("test_latency_seconds_bucket");
        Assert.That(buckets.Select(bucket => (bucket.Label("le"), bucket.Value)), Is.EqualTo(new[]
        {
            ("1", 2d), ("5", 3d), ("10", 4d), ("+Inf", 5d),
        }));
    }

    [Test]
    public void Collect_AHistogramOfIntegers_UsesItsAdviceToo()
    {
        var histogram = _meter.CreateHistogram<long>(
            "test.sizes", unit: "By", description: null, tags: null,
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [100, 1000] });

        histogram.Record(50);
        histogram.Record(5000);

        var family = Single("test_sizes_bytes");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(family.BucketBounds, Is.EqualTo(new[] { 100d, 1000 }));
            Assert.That(family.Series.Single().BucketCounts, Is.EqualTo(new[] { 1L, 0, 1 }));
        }
    }

    [Test]
    public void Collect_AHistogramInSecondsWithoutAdvice_GetsAscendingDefaultBuckets()
    {
        _meter.CreateHistogram<double>("test.unadvised", unit: "s").Record(0.2);

        Assert.That(Single("test_unadvised_seconds").BucketBounds, Is.Not.Empty.And.Ordered.Ascending.And.Unique);
    }

    [Test]
    public void Collect_AnObservableGauge_IsReadAtEachCollect()
    {
        var current = 3;
        _meter.CreateObservableGauge("test.queue.depth", () => current);

        var first = Single("test_queue_depth").Series.Single().Value;
        current = 7;
        var second = Single("test_queue_depth").Series.Single().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(3));
            Assert.That(second, Is.EqualTo(7), "an observation replaces the previous value, it does not add to it");
        }
    }

    [Test]
    public void Collect_AnObservableCounter_ReportsItsRunningTotalAsACounter()
    {
        long total = 10;
        _meter.CreateObservableCounter("test.processed", () => total);

        Single("test_processed_total");
        total = 15;
        var family = Single("test_processed_total");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(family.Kind, Is.EqualTo(MetricKind.Counter));
            Assert.That(family.Series.Single().Value, Is.EqualTo(15));
        }
    }

    [Test]
    public void Collect_TagNames_AreSanitisedIntoLabelNames()
    {
        _meter.CreateCounter<long>("test.tagged").Add(1, Tag("http.route", "api/x"), Tag("1st", "y"));

        var labels = Single("test_tagged_total").Series.Single().Labels;
        Assert.That(labels.Select(label => label.Key), Is.EquivalentTo(new[] { "http_route", "_1st" }));
    }

    [Test]
    public void Collect_InstrumentsCreatedBeforeTheCollector_ArePickedUp()
    {
        using var earlyMeter = new Meter($"CleanBackend.Tests.Early.{Guid.NewGuid():N}");
        var counter = earlyMeter.CreateCounter<long>("test.early");
        using var collector = new MetricsCollector(Options.Create(new MetricsOptions { Meters = [earlyMeter.Name] }), new TestMeterFactory());

        counter.Add(4);

        Assert.That(collector.Collect().Single().Series.Single().Value, Is.EqualTo(4));
    }

    [Test]
    public void Collect_InstrumentsOfMetersNotListed_AreIgnored()
    {
        using var otherMeter = new Meter($"CleanBackend.Tests.Unlisted.{Guid.NewGuid():N}");
        otherMeter.CreateCounter<long>("test.unlisted").Add(1);
        otherMeter.CreateObservableGauge("test.unlisted.gauge", () => 1);
        _meter.CreateCounter<long>("test.listed").Add(1);

        Assert.That(_collector.Collect().Select(family => family.Name), Is.EqualTo(new[] { "test_listed_total" }));
    }

    [Test]
    public void Collect_AnInstrumentThatNeverMeasured_IsWrittenNowhere()
    {
        _meter.CreateCounter<long>("test.silent");

        Assert.That(PrometheusTextFormat.Write(_collector.Collect()), Is.Empty);
    }

    [Test]
    public void Collect_TheInstrumentsOfADisposedMeter_AreDropped()
    {
        var shortLived = new Meter(_meterName);
        shortLived.CreateCounter<long>("test.short_lived").Add(1);
        Assert.That(_collector.Collect().Select(family => family.Name), Does.Contain("test_short_lived_total"), "arrangement");

        shortLived.Dispose();

        Assert.That(_collector.Collect().Select(family => family.Name), Does.Not.Contain("test_short_lived_total"));
    }

    [Test]
    public void Collect_TheCollectedFamilies_MakeAWellFormedExposition()
    {
        _meter.CreateCounter<long>("test.requests").Add(1, Tag("path", "a \"quoted\" \\ value\n"));
        _meter.CreateUpDownCounter<int>("test.active").Add(2);
        _meter.CreateHistogram<double>("test.duration", unit: "s").Record(0.3);
        _meter.CreateObservableGauge("test.ratio", () => double.NaN);

        var scrape = PrometheusExposition.Parse(PrometheusTextFormat.Write(_collector.Collect()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Types.Keys, Is.EquivalentTo(new[] { "test_requests_total", "test_active", "test_duration_seconds", "test_ratio" }));
            Assert.That(scrape.SamplesNamed("test_requests_total").Single().Label("path"), Is.EqualTo("a \"quoted\" \\ value\n"));
            Assert.That(scrape.SamplesNamed("test_ratio").Single().RawValue, Is.EqualTo("NaN"));
            Assert.That(scrape.SamplesNamed("test_duration_seconds_count").Single().Value, Is.EqualTo(1));
        }
    }

    private MetricFamily Single(string name)
    {
        var families = _collector.Collect();
        Assert.That(families.Select(family => family.Name), Does.Contain(name), "the collected families");
        return families.Single(family => family.Name == name);
    }

    private static double ValueOf(MetricFamily family, params (string Name, string Value)[] labels) =>
        family.Series.Single(series => labels.All(label => series.Labels.Contains(new KeyValuePair<string, string>(label.Name, label.Value)))).Value;

    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);
}
