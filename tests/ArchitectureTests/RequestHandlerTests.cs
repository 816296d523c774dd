using CleanBackend.Application.Identity.Users.Commands.RegisterUser;
using CleanBackend.ArchitectureTests.Rules;
using CleanBackend.ArchitectureTests.Samples.Requests;
using CleanBackend.ArchitectureTests.Samples.Requests.Elsewhere;
using CleanBackend.ArchitectureTests.Samples.Requests.Feature;

namespace CleanBackend.ArchitectureTests;

public sealed class RequestHandlerTests
{
    [Test]
    public void Every_application_request_has_one_handler_in_its_own_namespace()
    {
        var types = Layers.Application.GetTypes();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RequestHandlerRule.RequestsIn(types), Does.Contain(typeof(RegisterUserCommand)), "the scan must see the real requests");
            Assert.That(RequestHandlerRule.FindViolations(types), Is.Empty);
        }
    }

    [Test]
    public void A_request_with_its_handler_beside_it_passes()
    {
        Assert.That(RequestHandlerRule.FindViolations([typeof(PairedQuery), typeof(PairedQueryHandler)]), Is.Empty);
    }

    [Test]
    public void A_request_without_a_handler_is_reported()
    {
        var violations = RequestHandlerRule.FindViolations([typeof(OrphanQuery), typeof(PairedQuery), typeof(PairedQueryHandler)]);

        Assert.That(violations, Is.EqualTo(new[] { $"{typeof(OrphanQuery).FullName} has 0 handlers instead of one" }));
    }

    [Test]
    public void A_request_with_two_handlers_is_reported()
    {
        var violations = RequestHandlerRule.FindViolations([typeof(DuplicatedQuery), typeof(DuplicatedQueryHandler), typeof(DuplicatedQuerySecondHandler)]);

        Assert.That(violations, Has.Exactly(1).StartsWith($"{typeof(DuplicatedQuery).FullName} has 2 handlers instead of one"));
    }

    [Test]
    public void A_handler_outside_its_requests_namespace_is_reported()
    {
        var violations = RequestHandlerRule.FindViolations([typeof(StrayQuery), typeof(StrayQueryHandler)]);

        Assert.That(violations, Is.EqualTo(new[]
        {
            $"{typeof(StrayQueryHandler).FullName} handles {typeof(StrayQuery).FullName} from another namespace "
            + $"({typeof(StrayQueryHandler).Namespace} instead of {typeof(StrayQuery).Namespace})",
        }));
    }
}
