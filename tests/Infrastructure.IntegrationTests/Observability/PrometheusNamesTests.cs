using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.Infrastructure.IntegrationTests.Observability;

public sealed class PrometheusNamesTests
{
    [TestCase("db.client.connections.usage", null, MetricKind.Gauge, "db_client_connections_usage", TestName = "Dots become underscores")]
    [TestCase("http.server.request.duration", "s", MetricKind.Histogram, "http_server_request_duration_seconds", TestName = "Unit s adds _seconds")]
    [TestCase("http_request_duration_seconds", "s", MetricKind.Histogram, "http_request_duration_seconds", TestName = "Unit s does not add _seconds twice")]
    [TestCase("process.memory.usage", "By", MetricKind.Gauge, "process_memory_usage_bytes", TestName = "Unit By adds _bytes")]
    [TestCase("payload_bytes", "By", MetricKind.Histogram, "payload_bytes", TestName = "Unit By does not add _bytes twice")]
    [TestCase("dotnet.gc.pause.time", "s", MetricKind.Counter, "dotnet_gc_pause_time_seconds_total", TestName = "A counter gets the unit suffix, then _total")]
    [TestCase("jobs_busy_seconds_total", "s", MetricKind.Counter, "jobs_busy_seconds_total", TestName = "A counter already named x_seconds_total with unit s keeps its name")]
    [TestCase("requests", "{request}", MetricKind.Counter, "requests_total", TestName = "A counter gets _total")]
    [TestCase("cache_requests_total", null, MetricKind.Counter, "cache_requests_total", TestName = "A counter already ending in _total does not get it twice")]
    [TestCase("queue.depth", "{item}", MetricKind.Gauge, "queue_depth", TestName = "A gauge never gets _total, and annotation units add nothing")]
    [TestCase("2xx.responses", null, MetricKind.Gauge, "_2xx_responses", TestName = "A leading digit is prefixed with an underscore")]
    [TestCase("http-requests/served", null, MetricKind.Gauge, "http_requests_served", TestName = "Other punctuation becomes underscores")]
    [TestCase("namespace:recorded", null, MetricKind.Gauge, "namespace:recorded", TestName = "Colons stay in metric names")]
    [TestCase("", null, MetricKind.Gauge, "_", TestName = "An empty name becomes a valid one")]
    public void Instrument_names_become_Prometheus_names(string name, string? unit, MetricKind kind, string expected)
    {
        Assert.That(PrometheusNames.ForInstrument(name, unit, kind), Is.EqualTo(expected));
    }

    [TestCase("http.route", "http_route", TestName = "Dots in label names become underscores")]
    [TestCase("a:b", "a_b", TestName = "Colons are not allowed in label names")]
    [TestCase("1st", "_1st", TestName = "A label name starting with a digit is prefixed")]
    [TestCase("größe", "gr__e", TestName = "Non-ASCII letters in label names become underscores")]
    [TestCase("status_code", "status_code", TestName = "A valid label name is kept")]
    public void Label_names_are_sanitised(string name, string expected)
    {
        Assert.That(PrometheusNames.ForLabel(name), Is.EqualTo(expected));
    }
}
