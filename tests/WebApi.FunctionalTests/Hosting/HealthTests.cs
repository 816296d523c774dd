using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Hosting;

public sealed class HealthTests : ApiTestBase
{
    [Test]
    public async Task Liveness_answers_200()
    {
        var response = await Api.GetAsync("/health/live");

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Readiness_answers_200_with_postgres_redis_and_the_job_scheduler_healthy()
    {
        var response = await Api.GetAsync("/health/ready");

        response.ShouldHaveStatus(HttpStatusCode.OK);
        var checks = ApiResponse.Member(response.Json, "checks");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ApiResponse.Member(response.Json, "status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(ApiResponse.Member(ApiResponse.Member(checks, "postgres"), "status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(ApiResponse.Member(ApiResponse.Member(checks, "redis"), "status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(ApiResponse.Member(ApiResponse.Member(checks, "jobs"), "status").GetString(), Is.EqualTo("Healthy"));
        }
    }
}
