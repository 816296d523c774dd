using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using CleanBackend.WebApi.FunctionalTests.TestControllers;

namespace CleanBackend.WebApi.FunctionalTests.Errors;

public sealed class UnhandledExceptionTests : ApiTestBase
{
    private const string BoomPath = "/test/boom";

    [Test]
    public async Task An_unexpected_exception_becomes_a_500_problem_with_the_correlation_id()
    {
        var response = await Api.GetAsync(BoomPath, correlationId: "boom-trace-7");

        response.ShouldBeProblem(HttpStatusCode.InternalServerError);
        Assert.That(response.Body, Does.Contain("boom-trace-7"));
    }

    [Test]
    public async Task An_unexpected_exception_leaks_neither_its_message_nor_a_stack_trace()
    {
        var response = await Api.GetAsync(BoomPath);

        response.ShouldHaveStatus(HttpStatusCode.InternalServerError);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Body, Does.Not.Contain(BoomController.SecretDetail));
            Assert.That(response.Body, Does.Not.Contain(nameof(InvalidOperationException)));

            // A .NET stack frame reads "at Namespace.Type.Method(...)".
            Assert.That(response.Body, Does.Not.Match(@"\bat [\w.`<>+]+\("));
        }
    }
}
