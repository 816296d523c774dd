namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>
/// Modules (Identity, Social, Publishing, Notifications) are folders, hence namespaces, inside the
/// Application and Domain layers: CleanBackend.Application.&lt;Module&gt;.* and CleanBackend.Domain.&lt;Module&gt;.*.
/// The rule: a type in one module must not use a type of another module in either layer, with two
/// exceptions that form a module's public surface —
/// <list type="bullet">
/// <item>CleanBackend.Application.&lt;Module&gt;.Contracts.* (requests, DTOs and interfaces meant for other modules), and</item>
/// <item>CleanBackend.Domain.&lt;Module&gt;.Events.* (domain events other modules may react to).</item>
/// </list>
/// Everything else of a module is its internals, free to change without touching another module.
/// Shared code (CleanBackend.*.Common) belongs to no module and may be used by all.
/// </summary>
public static class ModuleIsolationRule
{
    public static readonly IReadOnlyList<string> Modules = ["Identity", "Social", "Publishing", "Notifications"];

    private static readonly string[] ModularLayers = ["CleanBackend.Application", "CleanBackend.Domain"];

    /// <summary>Violations among the top-level <paramref name="types"/> (nested types are checked with their outer type).</summary>
    public static IReadOnlyList<string> FindViolations(IEnumerable<Type> types) =>
        types
            .Where(type => !type.IsNested)
            .Select(type => (Type: type, Module: ModuleOf(type.Namespace)))
            .Where(candidate => candidate.Module is not null)
            .SelectMany(candidate => TypeUsages.Of(candidate.Type)
                .Where(usage => ModuleOf(usage.Used.Namespace) is { } usedModule
                    && usedModule != candidate.Module
                    && !IsPublicContract(usage.Used.Namespace!, usedModule)))
            .Select(usage => usage.ToString())
            .Distinct()
            .ToList();

    /// <summary>The module a namespace belongs to, or null for shared code and everything outside Application and Domain.</summary>
    public static string? ModuleOf(string? @namespace) =>
        @namespace is null
            ? null
            : ModularLayers
                .SelectMany(layer => Modules.Select(module => (Root: $"{layer}.{module}", Module: module)))
                .Where(candidate => IsWithin(@namespace, candidate.Root))
                .Select(candidate => candidate.Module)
                .FirstOrDefault();

    private static bool IsPublicContract(string @namespace, string module) =>
        IsWithin(@namespace, $"CleanBackend.Application.{module}.Contracts") || IsWithin(@namespace, $"CleanBackend.Domain.{module}.Events");

    private static bool IsWithin(string @namespace, string root) =>
        @namespace == root || @namespace.StartsWith(root + ".", StringComparison.Ordinal);
}
