using System.Globalization;
using System.Text;

namespace CleanBackend.TestSupport.Prometheus;

/// <summary>
/// A strict reader of the Prometheus text exposition format 0.0.4, for tests: it rejects what a
/// Prometheus server would reject (bad names, unknown escapes, unquoted label values, a sample whose
/// family was never typed), so a scrape that parses here is also well-formed.
/// </summary>
public sealed class PrometheusExposition
{
    private static readonly string[] HistogramSuffixes = ["_bucket", "_sum", "_count"];

    private PrometheusExposition(
        IReadOnlyList<string> lines,
        IReadOnlyDictionary<string, string> help,
        IReadOnlyDictionary<string, string> types,
        IReadOnlyList<PrometheusSample> samples)
    {
        Lines = lines;
        Help = help;
        Types = types;
        Samples = samples;
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Family name → HELP text (unescaped).</summary>
    public IReadOnlyDictionary<string, string> Help { get; }

    /// <summary>Family name → TYPE (counter, gauge, histogram, summary, untyped).</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    public IReadOnlyList<PrometheusSample> Samples { get; }

    /// <summary>The samples named exactly <paramref name="name"/> (for a histogram, pass e.g. "x_bucket").</summary>
    public IReadOnlyList<PrometheusSample> SamplesNamed(string name) => Samples.Where(sample => sample.Name == name).ToList();

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming the offending line.</summary>
    public static PrometheusExposition Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("The exposition must end with a line feed.");
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            throw new FormatException("Lines must be separated by \\n alone.");
        }

        var lines = text.Length == 0 ? [] : text[..^1].Split('\n');
        var help = new Dictionary<string, string>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<PrometheusSample>();
        foreach (var line in lines)
        {
            try
            {
                if (line.StartsWith("# HELP ", StringComparison.Ordinal))
                {
                    var (name, rest) = SplitNameAndRest(line["# HELP ".Length..]);
                    if (!help.TryAdd(name, UnescapeHelp(rest)))
                    {
                        throw new FormatException($"second HELP for {name}");
                    }
                }
                else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
                {
                    var (name, type) = SplitNameAndRest(line["# TYPE ".Length..]);
                    if (type is not ("counter" or "gauge" or "histogram" or "summary" or "untyped"))
                    {
                        throw new FormatException($"unknown type '{type}'");
                    }

                    if (samples.Any(sample => FamilyOf(sample.Name, types) == name))
                    {
                        throw new FormatException($"TYPE for {name} after its samples");
                    }

                    if (!types.TryAdd(name, type))
                    {
                        throw new FormatException($"second TYPE for {name}");
                    }
                }
                else if (line.StartsWith('#') || line.Length == 0)
                {
                    continue;
                }
                else
                {
                    var sample = ParseSample(line);
                    if (FamilyOf(sample.Name, types) is null)
                    {
                        throw new FormatException($"sample {sample.Name} belongs to no typed family");
                    }

                    samples.Add(sample);
                }
            }
            catch (FormatException exception)
            {
                throw new FormatException($"{exception.Message} in line: {line}", exception);
            }
        }

        return new PrometheusExposition(lines, help, types, samples);
    }

    /// <summary>The family a sample name belongs to (x_bucket, x_sum and x_count belong to histogram x), or null.</summary>
    private static string? FamilyOf(string sampleName, IReadOnlyDictionary<string, string> types)
    {
        if (types.ContainsKey(sampleName))
        {
            return sampleName;
        }

        foreach (var suffix in HistogramSuffixes)
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal)
                && types.TryGetValue(sampleName[..^suffix.Length], out var type)
                && type is "histogram" or "summary")
            {
                return sampleName[..^suffix.Length];
            }
        }

        return null;
    }

    private static (string Name, string Remainder) SplitNameAndRest(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? text : text[..space];
        RequireMetricName(name);
        return (name, space < 0 ? string.Empty : text[(space + 1)..]);
    }

    private static PrometheusSample ParseSample(string line)
    {
        var position = 0;
        while (position < line.Length && line[position] is not ('{' or ' '))
        {
            position++;
        }

        var name = line[..position];
        RequireMetricName(name);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            while (line[position] != '}')
            {
                var equals = line.IndexOf('=', position);
                if (equals < 0)
                {
                    throw new FormatException("label without '='");
                }

                var labelName = line[position..equals];
                RequireLabelName(labelName);
                position = equals + 1;
                if (line[position] != '"')
                {
                    throw new FormatException($"value of label {labelName} is not quoted");
                }

                var (value, next) = ReadQuoted(line, position + 1);
                if (!labels.TryAdd(labelName, value))
                {
                    throw new FormatException($"label {labelName} repeated");
                }

                position = next;
                if (line[position] == ',')
                {
                    position++;
                }
                else if (line[position] != '}')
                {
                    throw new FormatException("expected ',' or '}' after a label");
                }
            }

            position++;
        }

        if (position >= line.Length || line[position] != ' ')
        {
            throw new FormatException("expected a space before the value");
        }

        var parts = line[(position + 1)..].Split(' ');
        if (parts.Length > 2)
        {
            throw new FormatException("too many fields after the labels");
        }

        return new PrometheusSample(name, labels, ParseValue(parts[0]), parts[0], line);
    }

    /// <summary>Reads a label value after its opening quote; returns it unescaped and the index after the closing quote.</summary>
    private static (string Value, int Next) ReadQuoted(string line, int position)
    {
        var value = new StringBuilder();
        while (position < line.Length)
        {
            var c = line[position];
            if (c == '"')
            {
                return (value.ToString(), position + 1);
            }

            if (c == '\\')
            {
                value.Append(position + 1 < line.Length ? line[position + 1] switch
                {
                    '\\' => '\\',
                    '"' => '"',
                    'n' => '\n',
                    var other => throw new FormatException($"unknown escape '\\{other}'"),
                } : throw new FormatException("dangling backslash"));
                position += 2;
                continue;
            }

            value.Append(c);
            position++;
        }

        throw new FormatException("unterminated label value");
    }

    public static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new FormatException($"'{text}' is not a number"),
    };

    private static string UnescapeHelp(string text)
    {
        var value = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '\\' or 'n')
            {
                value.Append(text[i + 1] == 'n' ? '\n' : '\\');
                i++;
            }
            else
            {
                value.Append(text[i]);
            }
        }

        return value.ToString();
    }

    private static void RequireMetricName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':'))
        {
            throw new FormatException($"'{name}' is not a valid metric name");
        }
    }

    private static void RequireLabelName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new FormatException($"'{name}' is not a valid label name");
        }
    }
}
