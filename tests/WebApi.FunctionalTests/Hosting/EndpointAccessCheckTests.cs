using CleanBackend.WebApi.FunctionalTests.TestControllers;
using CleanBackend.WebApi.Security;

namespace CleanBackend.WebApi.FunctionalTests.Hosting;

public sealed class EndpointAccessCheckTests
{
    [Test]
    public void Every_action_of_the_api_declares_who_may_call_it()
    {
        var undeclared = EndpointAccessCheck.FindUndeclaredActions(typeof(Program).Assembly.GetTypes());

        Assert.That(undeclared, Is.Empty);
    }

    [Test]
    public void The_check_reports_an_action_without_authorize_or_allow_anonymous()
    {
        var undeclared = EndpointAccessCheck.FindUndeclaredActions([typeof(UndeclaredAccessController)]);

        Assert.That(undeclared, Is.EqualTo(new[] { "UndeclaredAccessController.Undeclared" }));
    }

    [Test]
    public void The_check_refuses_to_start_with_an_undeclared_action()
    {
        Assert.That(
            () => EndpointAccessCheck.EnsureEveryActionDeclaresAccess([typeof(UndeclaredAccessController)]),
            Throws.InvalidOperationException.With.Message.Contains("UndeclaredAccessController.Undeclared"));
    }

    [Test]
    public void The_check_accepts_access_declared_on_the_controller()
    {
        var undeclared = EndpointAccessCheck.FindUndeclaredActions([typeof(BoomController)]);

        Assert.That(undeclared, Is.Empty);
    }
}
