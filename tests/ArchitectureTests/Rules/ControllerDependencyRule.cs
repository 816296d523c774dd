using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>
/// Controllers bind, send through MediatR and shape responses. Whatever they need from persistence,
/// caching or token issuing must reach them through Application's contracts, so no controller may
/// touch Infrastructure, EF Core, Npgsql or Redis — in a signature or inside a method body.
/// </summary>
public static class ControllerDependencyRule
{
    private static readonly string[] ForbiddenAssemblyPrefixes =
    [
        "CleanBackend.Infrastructure",
        "Microsoft.EntityFrameworkCore",
        "Npgsql",
        "StackExchange.Redis",
    ];

    /// <summary>Every <see cref="ControllerBase"/> of <paramref name="assembly"/>, abstract bases included.</summary>
    public static IReadOnlyList<Type> ControllersOf(Assembly assembly) =>
        assembly.GetTypes().Where(type => typeof(ControllerBase).IsAssignableFrom(type) && !type.IsNested).ToList();

    public static IReadOnlyList<string> FindViolations(IEnumerable<Type> controllers) =>
        controllers
            .SelectMany(TypeUsages.Of)
            .Where(usage => IsForbidden(usage.Used.Assembly))
            .Select(usage => usage.ToString())
            .Distinct()
            .ToList();

    private static bool IsForbidden(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? string.Empty;
        return ForbiddenAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
    }
}
