using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Errors;

public sealed class CorrelationIdTests : ApiTestBase
{
    // GET /api/user without a token always produces a problem, which carries the id in its body too.
    private const string ProblemPath = "/api/user";

    [Test]
    public async Task A_sane_correlation_id_from_the_client_is_echoed_in_the_header_and_the_problem()
    {
        var response = await Api.GetAsync(ProblemPath, correlationId: "client-req_42.retry:1");

        response.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(response.CorrelationId, Is.EqualTo("client-req_42.retry:1"));
    }

    [Test]
    public async Task A_correlation_id_is_generated_when_the_client_sends_none()
    {
        var first = await Api.GetAsync(ProblemPath);
        var second = await Api.GetAsync(ProblemPath);

        first.ShouldBeProblem(HttpStatusCode.Unauthorized);
        second.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(first.CorrelationId, Is.Not.EqualTo(second.CorrelationId), "each request needs its own id");
    }

    [Test]
    public async Task A_successful_response_carries_a_correlation_id_too()
    {
        var response = await Api.GetAsync("/health/live", correlationId: "health-probe-1");

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.CorrelationId, Is.EqualTo("health-probe-1"));
    }

    [TestCase("has spaces in it", TestName = "A correlation id with spaces is replaced")]
    [TestCase("quote\"and<angle>", TestName = "A correlation id with markup characters is replaced")]
    public async Task An_unsafe_correlation_id_is_replaced_by_a_generated_one(string unsafeId)
    {
        var response = await Api.GetAsync(ProblemPath, correlationId: unsafeId);

        // ShouldBeProblem checks that the body's correlationId equals the (replacement) header.
        response.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(response.CorrelationId, Is.Not.EqualTo(unsafeId));
    }

    [Test]
    public async Task A_correlation_id_of_200_characters_is_replaced_by_a_generated_one()
    {
        var tooLong = new string('a', 200);

        var response = await Api.GetAsync(ProblemPath, correlationId: tooLong);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(response.CorrelationId, Is.Not.EqualTo(tooLong));
    }
}
