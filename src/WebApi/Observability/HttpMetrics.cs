using System.Diagnostics.Metrics;
using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.WebApi.Observability;

/// <summary>
/// http_requests_total{method,route,status}, http_request_duration_seconds{method,route} and
/// http_requests_in_flight, and http_requests_rate_limited_total{policy}. Route is the endpoint's template, never the raw path, so the number of
/// series stays bounded whatever clients send.
/// </summary>
public sealed class HttpMetrics
{
    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly UpDownCounter<long> _inFlight;
    private readonly Counter<long> _rateLimited;

    public HttpMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(ApplicationMeter.Name);
        _requests = meter.CreateCounter<long>("http_requests_total", description: "HTTP requests completed, by method, route template and status code.");
        _duration = meter.CreateHistogram<double>(
            "http_request_duration_seconds",
            unit: "s",
            description: "HTTP request duration, by method and route template.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _inFlight = meter.CreateUpDownCounter<long>("http_requests_in_flight", description: "HTTP requests being processed now.");
        _rateLimited = meter.CreateCounter<long>("http_requests_rate_limited_total", description: "HTTP requests refused with 429 by a rate-limit policy.");
    }

    public void RequestStarted() => _inFlight.Add(1);

    public void RequestCompleted(string method, string route, int status, TimeSpan elapsed)
    {
        _inFlight.Add(-1);
        var methodTag = new KeyValuePair<string, object?>("method", method);
        var routeTag = new KeyValuePair<string, object?>("route", route);
        _requests.Add(1, methodTag, routeTag, new KeyValuePair<string, object?>("status", status));
        _duration.Record(elapsed.TotalSeconds, methodTag, routeTag);
    }

    public void RequestRateLimited(string policy) => _rateLimited.Add(1, new KeyValuePair<string, object?>("policy", policy));
}
