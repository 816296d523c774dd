namespace CleanBackend.Infrastructure.Observability;

public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    public bool Enabled { get; set; } = true;

    /// <summary>The meters exported: our own, Npgsql's connection pool and commands, and the .NET runtime.</summary>
    public string[] Meters { get; set; } = [ApplicationMeter.Name, "Npgsql", "System.Runtime"];

    /// <summary>When set, a scrape must send <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }
}
