using CleanBackend.ArchitectureTests.Rules;
using CleanBackend.ArchitectureTests.Samples.Controllers;
using CleanBackend.WebApi.Controllers;

namespace CleanBackend.ArchitectureTests;

public sealed class ControllerDependencyTests
{
    [Test]
    public void Api_controllers_use_no_infrastructure_ef_core_npgsql_or_redis()
    {
        var controllers = ControllerDependencyRule.ControllersOf(Layers.WebApi);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(controllers, Does.Contain(typeof(UsersController)).And.Contain(typeof(ApiControllerBase)), "the scan must see the real controllers");
            Assert.That(ControllerDependencyRule.FindViolations(controllers), Is.Empty);
        }
    }

    [Test]
    public void A_controller_using_mediatr_and_application_contracts_passes()
    {
        Assert.That(ControllerDependencyRule.FindViolations([typeof(CleanSampleController)]), Is.Empty);
    }

    [Test]
    public void An_infrastructure_constructor_parameter_is_reported()
    {
        var violations = ControllerDependencyRule.FindViolations([typeof(ConstructorLeakController)]);

        Assert.That(violations, Is.EqualTo(new[]
        {
            $"{typeof(ConstructorLeakController).FullName}: constructor parameter migrator uses CleanBackend.Infrastructure.Persistence.DatabaseMigrator (CleanBackend.Infrastructure)",
        }));
    }

    [Test]
    public void An_ef_core_field_is_reported()
    {
        var violations = ControllerDependencyRule.FindViolations([typeof(FieldLeakController)]);

        Assert.That(violations, Is.EqualTo(new[]
        {
            $"{typeof(FieldLeakController).FullName}: field _database uses Microsoft.EntityFrameworkCore.DbContext (Microsoft.EntityFrameworkCore)",
        }));
    }

    [Test]
    public void An_infrastructure_property_is_reported()
    {
        var violations = ControllerDependencyRule.FindViolations([typeof(PropertyLeakController)]);

        Assert.That(violations, Has.Some.StartsWith($"{typeof(PropertyLeakController).FullName}: property Cache uses CleanBackend.Infrastructure.Caching.RedisConnection"));
    }

    [Test]
    public void An_npgsql_action_parameter_and_an_infrastructure_generic_return_argument_are_reported()
    {
        var violations = ControllerDependencyRule.FindViolations([typeof(ActionSignatureLeakController)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(violations, Has.Some.Contains("parameter connection of Open uses Npgsql.NpgsqlConnection"));
            Assert.That(violations, Has.Some.Contains("return type of Options uses CleanBackend.Infrastructure.Identity.JwtOptions"));
        }
    }

    [Test]
    public void Infrastructure_used_only_inside_method_bodies_is_reported()
    {
        var violations = ControllerDependencyRule.FindViolations([typeof(BodyLeakController)]);

        using (Assert.EnterMultipleScope())
        {
            // The async body lives in the compiler's state machine, a nested type.
            Assert.That(violations, Has.Some.Contains("body of MoveNext uses CleanBackend.Infrastructure.Modules.PlatformModule"));

            // typeof(…) compiles to ldtoken.
            Assert.That(violations, Has.Some.Contains("body of CacheTypeName uses CleanBackend.Infrastructure.Caching.RedisConnection"));

            // The signatures are clean, so nothing else may be reported.
            Assert.That(violations, Has.All.Contains(": body of").Or.Contains(".body of"));
        }
    }
}
