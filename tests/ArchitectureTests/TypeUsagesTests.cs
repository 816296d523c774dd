using CleanBackend.Application.Identity.Users.Queries.GetCurrentUser;
using CleanBackend.ArchitectureTests.Rules;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.WebApi.Controllers;

namespace CleanBackend.ArchitectureTests;

/// <summary>The scanner the dependency rules stand on: if it saw nothing, every rule would pass.</summary>
public sealed class TypeUsagesTests
{
    [Test]
    public void The_body_scan_sees_the_request_a_real_async_action_creates()
    {
        var bodyUsages = TypeUsages.Of(typeof(UsersController))
            .Where(usage => usage.Location.Contains("body of MoveNext", StringComparison.Ordinal))
            .Select(usage => usage.Used);

        Assert.That(bodyUsages, Does.Contain(typeof(GetCurrentUserQuery)));
    }

    [Test]
    public void The_scan_reads_every_method_body_of_every_layer()
    {
        var types = new[] { Layers.Domain, Layers.Application, Layers.Infrastructure, Layers.WebApi }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsNested);

        // Resolving every token of every body must neither throw nor come back empty.
        Assert.That(types.SelectMany(TypeUsages.Of).Count(usage => usage.Location.Contains("body of", StringComparison.Ordinal)), Is.GreaterThan(0));
    }

    [Test]
    public void Expand_reaches_generic_arguments_and_array_elements()
    {
        var expanded = TypeUsages.Expand(typeof(Task<IReadOnlyList<JwtOptions[]>>));

        Assert.That(expanded, Is.EqualTo(new[] { typeof(Task<>), typeof(IReadOnlyList<>), typeof(JwtOptions) }));
    }
}
