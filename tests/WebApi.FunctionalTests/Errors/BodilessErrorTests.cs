using System.Net;
using System.Text;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Errors;

/// <summary>The errors the framework answers on its own (no route, wrong method, unreadable body type) in our problem shape.</summary>
public sealed class BodilessErrorTests : ApiTestBase
{
    [TestCase("/api/no-such-endpoint", TestName = "An unknown /api path is a 404 problem")]
    [TestCase("/no-such-page.php", TestName = "An unknown path outside /api is a 404 problem")]
    [TestCase("/api/articles/some-slug/nothing-here", TestName = "An unknown path below an article is a 404 problem")]
    public async Task An_unmatched_route_is_a_404_problem(string path)
    {
        var response = await Api.GetAsync(path);

        response.ShouldBeProblem(HttpStatusCode.NotFound, ProblemAssertions.Error("route", "not found"));
    }

    [Test]
    public async Task A_wrong_method_is_a_405_problem_naming_the_allowed_ones()
    {
        using var http = FunctionalTestEnvironment.Factory.CreateClient();

        using var raw = await http.DeleteAsync("/api/tags");
        var response = await Api.SendAsync(HttpMethod.Delete, "/api/tags", token: null);

        response.ShouldBeProblem(HttpStatusCode.MethodNotAllowed, ProblemAssertions.Error("method", "is not allowed"));
        Assert.That(raw.HeaderValues("Allow"), Is.EquivalentTo(new[] { "GET", "HEAD" }));
    }

    [Test]
    public async Task A_plain_options_request_that_is_no_preflight_is_a_405_problem()
    {
        var response = await Api.SendAsync(HttpMethod.Options, "/api/users", token: null);

        response.ShouldBeProblem(HttpStatusCode.MethodNotAllowed);
    }

    [TestCase("text/plain", TestName = "A text/plain body is a 415 problem")]
    [TestCase("application/xml", TestName = "An XML body is a 415 problem")]
    public async Task A_body_of_an_unsupported_media_type_is_a_415_problem(string mediaType)
    {
        var response = await Api.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/users/login")
        {
            Content = new StringContent("""{"user":{"email":"a@example.com","password":"x"}}""", Encoding.UTF8, mediaType),
        });

        response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, ProblemAssertions.Error("Content-Type", "is not supported"));
    }
}
