using CleanBackend.Application.Identity.Users;
using CleanBackend.ArchitectureTests.Rules;
using CleanBackend.ArchitectureTests.Samples.Mapping;

namespace CleanBackend.ArchitectureTests;

public sealed class MappingRuleTests
{
    [Test]
    public void AutoMapper_is_used_only_where_adr_0006_puts_it()
    {
        var types = new[] { Layers.Application, Layers.Infrastructure, Layers.WebApi }.SelectMany(assembly => assembly.GetTypes()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(types.Where(MappingRule.UsesAutoMapper), Does.Contain(typeof(UserMappingProfile)), "the scan must see the real maps");
            Assert.That(MappingRule.FindViolations(types), Is.Empty);
        }
    }

    [Test]
    public void AutoMapper_outside_the_users_slice_is_reported()
    {
        var violations = MappingRule.FindViolations([typeof(MappedArticleReader)]);

        Assert.That(violations, Has.Some.StartsWith($"{typeof(MappedArticleReader).FullName}: constructor parameter mapper uses AutoMapper.IMapper"));
    }
}
