using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.Infrastructure.IntegrationTests.Observability;

public sealed class PrometheusNamesTests
{
    [TestCase("db.client.connections.usage", null, MetricKind.Gauge, "db_client_connections_usage", TestName = "ForInstrument_Dots_BecomeUnderscores")]
    [TestCase("http.server.request.duration", "s", MetricKind.Histogram, "http_server_request_duration_seconds", TestName = "ForInstrument_UnitS_AddsSeconds")]
    [TestCase("http_request_duration_seconds", "s", MetricKind.Histogram, "http_request_duration_seconds", TestName = "ForInstrument_UnitSOnANameEndingInSeconds_DoesNotAddItTwice")]
    [TestCase("process.memory.usage", "By", MetricKind.Gauge, "process_memory_usage_bytes", TestName = "ForInstrument_UnitBy_AddsBytes")]
    [TestCase("payload_bytes", "By", MetricKind.Histogram, "payload_bytes", TestName = "ForInstrument_UnitByOnANameEndingInBytes_DoesNotAddItTwice")]
    [TestCase("dotnet.gc.pause.time", "s", MetricKind.Counter, "dotnet_gc_pause_time_seconds_total", TestName = "ForInstrument_ACounter_GetsTheUnitSuffixThenTotal")]
    [TestCase("jobs_busy_seconds_total", "s", MetricKind.Counter, "jobs_busy_seconds_total", TestName = "ForInstrument_ACounterAlreadyNamedSecondsTotalWithUnitS_KeepsItsName")]
    [TestCase("requests", "{request}", MetricKind.Counter, "requests_total", TestName = "ForInstrument_ACounter_GetsTotal")]
    [TestCase("cache_requests_total", null, MetricKind.Counter, "cache_requests_total", TestName = "ForInstrument_ACounterAlreadyEndingInTotal_DoesNotGetItTwice")]
    [TestCase("queue.depth", "{item}", MetricKind.Gauge, "queue_depth", TestName = "ForInstrument_AGaugeWithAnAnnotationUnit_GetsNeitherTotalNorASuffix")]
    [TestCase("2xx.responses", null, MetricKind.Gauge, "_2xx_responses", TestName = "ForInstrument_ALeadingDigit_IsPrefixedWithAnUnderscore")]
    [TestCase("http-requests/served", null, MetricKind.Gauge, "http_requests_served", TestName = "ForInstrument_OtherPunctuation_BecomesUnderscores")]
    [TestCase("namespace:recorded", null, MetricKind.Gauge, "namespace:recorded", TestName = "ForInstrument_Colons_Stay")]
    [TestCase("", null, MetricKind.Gauge, "_", TestName = "ForInstrument_AnEmptyName_BecomesAValidOne")]
    public void ForInstrument_GivesThePrometheusName(string name, string? unit, MetricKind kind, string expected)
    {
        Assert.That(PrometheusNames.ForInstrument(name, unit, kind), Is.EqualTo(expected));
    }

    [TestCase("http.route", "http_route", TestName = "ForLabel_Dots_BecomeUnderscores")]
    [TestCase("a:b", "a_b", TestName = "ForLabel_Colons_BecomeUnderscores")]
    [TestCase("1st", "_1st", TestName = "ForLabel_ALeadingDigit_IsPrefixed")]
    [TestCase("größe", "gr__e", TestName = "ForLabel_NonAsciiLetters_BecomeUnderscores")]
    [TestCase("status_code", "status_code", TestName = "ForLabel_AValidName_IsKept")]
    public void ForLabel_SanitisesTheName(string name, string expected)
    {
        Assert.That(PrometheusNames.ForLabel(name), Is.EqualTo(expected));
    }
}
