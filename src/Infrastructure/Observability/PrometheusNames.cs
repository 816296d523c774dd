using System.Text;

namespace CleanBackend.Infrastructure.Observability;

/// <summary>Turns OpenTelemetry-style instrument names ("db.client.connections.usage") into Prometheus ones.</summary>
public static class PrometheusNames
{
    public static string ForInstrument(string name, string? unit, MetricKind kind)
    {
        var sanitized = Sanitize(name, allowColon: true);

        // "_total" goes last, after any unit suffix, so a name that already has it is taken apart first.
        if (kind == MetricKind.Counter && sanitized.EndsWith("_total", StringComparison.Ordinal))
        {
            sanitized = sanitized[..^"_total".Length];
        }
        var unitSuffix = unit switch
        {
            "s" => "_seconds",
            "By" => "_bytes",
            _ => string.Empty,
        };

        if (unitSuffix.Length > 0 && !sanitized.EndsWith(unitSuffix, StringComparison.Ordinal))
        {
            sanitized += unitSuffix;
        }

        return kind == MetricKind.Counter && !sanitized.EndsWith("_total", StringComparison.Ordinal) ? sanitized + "_total" : sanitized;
    }

    public static string ForLabel(string name) => Sanitize(name, allowColon: false);

    private static string Sanitize(string name, bool allowColon)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
