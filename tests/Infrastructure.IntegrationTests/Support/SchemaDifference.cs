using System.Text;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// What two <see cref="SchemaSnapshot"/>s do not share. An object whose definition changed appears on both
/// sides under the same name, so the report shows the old and the new definition next to each other.
/// </summary>
internal sealed class SchemaDifference(IReadOnlyList<SchemaObject> onlyInFirst, IReadOnlyList<SchemaObject> onlyInSecond)
{
    public IReadOnlyList<SchemaObject> OnlyInFirst { get; } = onlyInFirst;

    public IReadOnlyList<SchemaObject> OnlyInSecond { get; } = onlyInSecond;

    public bool IsEmpty => OnlyInFirst.Count == 0 && OnlyInSecond.Count == 0;

    /// <summary>One line per difference, e.g. "only in migrations: column identity.users.bio: ...".</summary>
    public string Describe(string firstLabel, string secondLabel)
    {
        if (IsEmpty)
        {
            return "no differences";
        }

        var lines = OnlyInFirst.Select(item => (Name: item.Name, Line: $"only in {firstLabel}: {item}"))
            .Concat(OnlyInSecond.Select(item => (Name: item.Name, Line: $"only in {secondLabel}: {item}")))
            // Sorting by object name puts both versions of a changed object on adjacent lines.
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .Select(entry => entry.Line);

        var report = new StringBuilder();
        report.AppendLine($"{OnlyInFirst.Count + OnlyInSecond.Count} schema difference(s):");
        foreach (var line in lines)
        {
            report.AppendLine(line);
        }

        return report.ToString();
    }
}
