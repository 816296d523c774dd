using System.Reflection;

namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>The four production assemblies, found through one public type each.</summary>
public static class Layers
{
    public static Assembly Domain { get; } = typeof(Domain.Common.AggregateRoot).Assembly;

    public static Assembly Application { get; } = typeof(Application.DependencyInjection).Assembly;

    public static Assembly Infrastructure { get; } = typeof(Infrastructure.Modules.PlatformModule).Assembly;

    public static Assembly WebApi { get; } = typeof(Program).Assembly;
}
