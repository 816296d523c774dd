using System.Reflection;
using CleanBackend.ArchitectureTests.Rules;

namespace CleanBackend.ArchitectureTests;

public sealed class LayerDependencyTests
{
    [Test]
    public void Domain_references_only_the_dotnet_runtime()
    {
        Assert.That(AssemblyReferenceRules.DomainViolations(Layers.Domain.GetReferencedAssemblies()), Is.Empty);
    }

    [Test]
    public void Domain_rule_reports_a_reference_to_another_layer()
    {
        var violations = AssemblyReferenceRules.DomainViolations(Names("System.Runtime", "netstandard", "CleanBackend.Application"));

        Assert.That(violations, Is.EqualTo(new[] { "CleanBackend.Domain references CleanBackend.Application" }));
    }

    [Test]
    public void Domain_rule_reports_packages_including_microsoft_ones_that_are_not_the_runtime()
    {
        var violations = AssemblyReferenceRules.DomainViolations(
            Names("System.Collections", "Microsoft.Win32.Primitives", "Newtonsoft.Json", "Microsoft.Extensions.Logging.Abstractions"));

        Assert.That(violations, Is.EqualTo(new[]
        {
            "CleanBackend.Domain references Newtonsoft.Json",
            "CleanBackend.Domain references Microsoft.Extensions.Logging.Abstractions",
        }));
    }

    [Test]
    public void Domain_rule_rejects_what_application_really_references()
    {
        var violations = AssemblyReferenceRules.DomainViolations(Layers.Application.GetReferencedAssemblies());

        Assert.That(violations, Does.Contain("CleanBackend.Domain references CleanBackend.Domain").And.Contain("CleanBackend.Domain references MediatR"));
    }

    [Test]
    public void Application_references_domain_and_none_of_the_outer_stacks()
    {
        var references = Layers.Application.GetReferencedAssemblies();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(AssemblyReferenceRules.ApplicationViolations(references), Is.Empty);

            // Shows the input is the real reference list (Application does use Domain).
            Assert.That(references.Select(reference => reference.Name), Does.Contain("CleanBackend.Domain"));
        }
    }

    [Test]
    public void Application_rule_reports_other_layers_and_each_forbidden_stack()
    {
        var violations = AssemblyReferenceRules.ApplicationViolations(Names(
            "CleanBackend.Domain",
            "MediatR",
            "FluentValidation",
            "Microsoft.Extensions.Options",
            "CleanBackend.Infrastructure",
            "Microsoft.EntityFrameworkCore.Relational",
            "Npgsql",
            "Microsoft.AspNetCore.Http.Abstractions",
            "StackExchange.Redis",
            "Serilog.Extensions.Logging"));

        Assert.That(violations, Is.EqualTo(new[]
        {
            "CleanBackend.Application references CleanBackend.Infrastructure",
            "CleanBackend.Application references Microsoft.EntityFrameworkCore.Relational",
            "CleanBackend.Application references Npgsql",
            "CleanBackend.Application references Microsoft.AspNetCore.Http.Abstractions",
            "CleanBackend.Application references StackExchange.Redis",
            "CleanBackend.Application references Serilog.Extensions.Logging",
        }));
    }

    [Test]
    public void Application_rule_rejects_what_infrastructure_really_references()
    {
        var violations = AssemblyReferenceRules.ApplicationViolations(Layers.Infrastructure.GetReferencedAssemblies());

        Assert.That(violations, Does.Contain("CleanBackend.Application references CleanBackend.Application")
            .And.Contain("CleanBackend.Application references Microsoft.EntityFrameworkCore"));
    }

    [Test]
    public void Infrastructure_does_not_reference_the_web_api()
    {
        Assert.That(AssemblyReferenceRules.InfrastructureViolations(Layers.Infrastructure.GetReferencedAssemblies()), Is.Empty);
    }

    [Test]
    public void Infrastructure_rule_reports_a_reference_to_the_web_api()
    {
        // This test assembly uses WebApi types, so its own references are a real broken input.
        var violations = AssemblyReferenceRules.InfrastructureViolations(typeof(LayerDependencyTests).Assembly.GetReferencedAssemblies());

        Assert.That(violations, Is.EqualTo(new[] { "CleanBackend.Infrastructure references CleanBackend.WebApi" }));
    }

    private static AssemblyName[] Names(params string[] names) => names.Select(name => new AssemblyName(name)).ToArray();
}
