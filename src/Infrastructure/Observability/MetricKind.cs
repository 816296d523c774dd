namespace CleanBackend.Infrastructure.Observability;

public enum MetricKind
{
    Counter,
    Gauge,
    Histogram,
}
