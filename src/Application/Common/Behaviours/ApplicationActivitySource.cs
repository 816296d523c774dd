using System.Diagnostics;

namespace CleanBackend.Application.Common.Behaviours;

/// <summary>The source of the application's own trace spans (one per request through the pipeline).</summary>
public static class ApplicationActivitySource
{
    public const string Name = "CleanBackend.Application";

    public static ActivitySource Instance { get; } = new(Name);
}
