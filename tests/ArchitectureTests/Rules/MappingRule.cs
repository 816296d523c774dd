namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>
/// ADR 0006: AutoMapper maps the user entity to its flat DTOs, so only the Identity users slice, the user read
/// service that projects with it, the MFA login completion (it answers a login's DTO) and the composition roots that
/// register it may use an AutoMapper type;
/// every other read is a hand projection.
/// </summary>
public static class MappingRule
{
    private const string AutoMapperAssembly = "AutoMapper";

    private static readonly string[] AllowedNamespaces = ["CleanBackend.Application.Identity.Users"];
    private static readonly string[] AllowedTypes =
    [
        "CleanBackend.Infrastructure.Persistence.Identity.UserReadService",
        "CleanBackend.Application.Identity.Mfa.Commands.CompleteMfaLogin.CompleteMfaLoginCommandHandler",
    ];

    public static IReadOnlyList<string> FindViolations(IEnumerable<Type> types) =>
        types
            .Where(type => !type.IsNested && !IsAllowed(type))
            .SelectMany(TypeUsages.Of)
            .Where(usage => usage.Used.Assembly.GetName().Name == AutoMapperAssembly)
            .Select(usage => usage.ToString())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static bool UsesAutoMapper(Type type) =>
        TypeUsages.Of(type).Any(usage => usage.Used.Assembly.GetName().Name == AutoMapperAssembly);

    // A composition root registers the mapper however modules are cut, so it is known by its name.
    private static bool IsAllowed(Type type) =>
        AllowedTypes.Contains(type.FullName)
        || AllowedNamespaces.Any(allowed => type.Namespace == allowed || type.Namespace?.StartsWith(allowed + ".", StringComparison.Ordinal) == true)
        || type.Name == "DependencyInjection"
        || type.Name.EndsWith("Module", StringComparison.Ordinal);
}
