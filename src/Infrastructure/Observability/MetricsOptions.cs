namespace CleanBackend.Infrastructure.Observability;

public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    public bool Enabled { get; set; } = true;

    /// <summary>The meters exported: our own, Npgsql's connection pool and commands, and the .NET runtime.</summary>
    public string[] Meters { get; set; } = [ApplicationMeter.Name, "Npgsql", "System.Runtime"];

    /// <summary>When set, a scrape must send <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }

    /// <summary>When set, /metrics answers only on this port (listen on it via ASPNETCORE_URLS), off the public load balancer.</summary>
    public int? Port { get; set; }
}
