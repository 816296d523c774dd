using System.Reflection;

namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>
/// The dependency rule between layers, checked on the assembly references compiled into each
/// assembly. The compiler only records an assembly that is actually used, so these catch a layer
/// that uses another, not a project reference left unused.
/// </summary>
public static class AssemblyReferenceRules
{
    private const string OurPrefix = "CleanBackend.";

    private static readonly string[] ForbiddenInApplication =
    [
        "Microsoft.EntityFrameworkCore",
        "Npgsql",
        "Microsoft.AspNetCore",
        "StackExchange.Redis",
        "Serilog",
    ];

    /// <summary>The directory of the running .NET runtime (System.*, netstandard, Microsoft.Win32.*, …).</summary>
    private static readonly string RuntimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>
    /// Domain uses nothing of ours and no package: only assemblies that ship with the .NET runtime
    /// itself. Microsoft.Extensions.* or Microsoft.EntityFrameworkCore are packages, not the runtime,
    /// so a "Microsoft." prefix would be too lax.
    /// </summary>
    public static IReadOnlyList<string> DomainViolations(IEnumerable<AssemblyName> references) =>
        references
            .Where(reference => IsOurs(reference) || !IsRuntimeAssembly(reference))
            .Select(reference => $"CleanBackend.Domain references {reference.Name}")
            .ToList();

    /// <summary>Application uses Domain only among ours, and none of the persistence, web, cache or logging stacks.</summary>
    public static IReadOnlyList<string> ApplicationViolations(IEnumerable<AssemblyName> references) =>
        references
            .Where(reference => (IsOurs(reference) && reference.Name != "CleanBackend.Domain") || IsForbiddenInApplication(reference))
            .Select(reference => $"CleanBackend.Application references {reference.Name}")
            .ToList();

    /// <summary>Infrastructure implements Application's ports; the API sits on top of it, never below.</summary>
    public static IReadOnlyList<string> InfrastructureViolations(IEnumerable<AssemblyName> references) =>
        references
            .Where(reference => reference.Name == "CleanBackend.WebApi")
            .Select(reference => $"CleanBackend.Infrastructure references {reference.Name}")
            .ToList();

    public static bool IsRuntimeAssembly(AssemblyName reference) =>
        reference.Name is not null && File.Exists(Path.Combine(RuntimeDirectory, reference.Name + ".dll"));

    private static bool IsOurs(AssemblyName reference) => reference.Name?.StartsWith(OurPrefix, StringComparison.Ordinal) == true;

    private static bool IsForbiddenInApplication(AssemblyName reference) =>
        ForbiddenInApplication.Any(prefix => reference.Name?.StartsWith(prefix, StringComparison.Ordinal) == true);
}
