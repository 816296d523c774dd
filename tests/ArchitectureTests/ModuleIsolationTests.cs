using CleanBackend.Application.Social.Allowed;
using CleanBackend.Application.Social.Broken;
using CleanBackend.ArchitectureTests.Rules;
using CleanBackend.Domain.Social.Broken;

namespace CleanBackend.ArchitectureTests;

public sealed class ModuleIsolationTests
{
    [Test]
    public void No_module_of_application_or_domain_uses_another_modules_internals()
    {
        var types = Layers.Application.GetTypes().Concat(Layers.Domain.GetTypes()).ToList();

        using (Assert.EnterMultipleScope())
        {
            // The rule below would pass on an empty scan: it must see every module.
            Assert.That(
                types.Select(type => ModuleIsolationRule.ModuleOf(type.Namespace)).Distinct(),
                Is.SupersetOf(new[] { "Identity", "Publishing", "Social", "Notifications" }),
                "the scan must see every module the rule knows");
            Assert.That(ModuleIsolationRule.FindViolations(types), Is.Empty);
        }
    }

    [TestCase("CleanBackend.Application.Identity", ExpectedResult = "Identity")]
    [TestCase("CleanBackend.Application.Identity.Users.Commands", ExpectedResult = "Identity")]
    [TestCase("CleanBackend.Domain.Social", ExpectedResult = "Social")]
    [TestCase("CleanBackend.Application.Notifications.Contracts", ExpectedResult = "Notifications")]
    [TestCase("CleanBackend.Application.Common.Models", ExpectedResult = null)]
    [TestCase("CleanBackend.Infrastructure.Identity", ExpectedResult = null)]
    [TestCase("CleanBackend.Application.IdentityExtras", ExpectedResult = null)]
    public string? ModuleOf_finds_the_module_folder(string @namespace) => ModuleIsolationRule.ModuleOf(@namespace);

    [Test]
    public void Another_modules_dto_in_a_signature_is_reported()
    {
        var violations = ModuleIsolationRule.FindViolations([typeof(SignatureLeak)]);

        Assert.That(violations, Has.Some.Contains("property Author uses CleanBackend.Application.Identity.Users.UserDto"));
    }

    [Test]
    public void Another_modules_type_used_only_in_a_method_body_is_reported()
    {
        var violations = ModuleIsolationRule.FindViolations([typeof(BodyLeak)]);

        Assert.That(violations, Has.Some.Contains("body of AuthorNameLength uses CleanBackend.Application.Identity.Users.UserDto"));
    }

    [Test]
    public void Another_modules_domain_entity_is_reported()
    {
        var violations = ModuleIsolationRule.FindViolations([typeof(DomainLeak)]);

        Assert.That(violations, Has.Some.Contains("property Author uses CleanBackend.Domain.Identity.User"));
    }

    [Test]
    public void Another_modules_contracts_and_domain_events_are_allowed()
    {
        Assert.That(ModuleIsolationRule.FindViolations([typeof(ContractConsumer)]), Is.Empty);
    }
}
