using System.Globalization;
using System.Text;

namespace CleanBackend.Infrastructure.Observability;

/// <summary>The Prometheus text exposition format, version 0.0.4.</summary>
public static class PrometheusTextFormat
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(IEnumerable<MetricFamily> families)
    {
        var text = new StringBuilder();
        foreach (var family in families.Where(family => family.Series.Count > 0))
        {
            text.Append("# HELP ").Append(family.Name).Append(' ').Append(EscapeHelp(family.Help)).Append('\n');
            text.Append("# TYPE ").Append(family.Name).Append(' ').Append(TypeName(family.Kind)).Append('\n');
            foreach (var series in family.Series)
            {
                if (family.Kind == MetricKind.Histogram)
                {
                    WriteHistogram(text, family, series);
                }
                else
                {
                    WriteSample(text, family.Name, series.Labels, null, series.Value);
                }
            }
        }

        return text.ToString();
    }

    private static void WriteHistogram(StringBuilder text, MetricFamily family, SeriesSnapshot series)
    {
        // Buckets are cumulative: each counts every observation at or below its bound.
        long cumulative = 0;
        for (var i = 0; i < family.BucketBounds.Count; i++)
        {
            cumulative += series.BucketCounts[i];
            WriteSample(text, family.Name + "_bucket", series.Labels, FormatNumber(family.BucketBounds[i]), cumulative);
        }

        WriteSample(text, family.Name + "_bucket", series.Labels, "+Inf", series.Count);
        WriteSample(text, family.Name + "_sum", series.Labels, null, series.Value);
        WriteSample(text, family.Name + "_count", series.Labels, null, series.Count);
    }

    private static void WriteSample(StringBuilder text, string name, IReadOnlyList<KeyValuePair<string, string>> labels, string? le, double value)
    {
        text.Append(name);
        if (labels.Count > 0 || le is not null)
        {
            text.Append('{');
            var first = true;
            foreach (var label in labels)
            {
                AppendLabel(text, label.Key, label.Value, ref first);
            }

            if (le is not null)
            {
                AppendLabel(text, "le", le, ref first);
            }

            text.Append('}');
        }

        text.Append(' ').Append(FormatNumber(value)).Append('\n');
    }

    private static void AppendLabel(StringBuilder text, string name, string value, ref bool first)
    {
        if (!first)
        {
            text.Append(',');
        }

        first = false;
        text.Append(name).Append("=\"").Append(EscapeLabelValue(value)).Append('"');
    }

    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeHelp(string help) =>
        help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string FormatNumber(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Histogram => "histogram",
        _ => "gauge",
    };
}
