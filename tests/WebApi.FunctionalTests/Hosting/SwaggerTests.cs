using System.Net;
using System.Text.Json;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Hosting;

public sealed class SwaggerTests : ApiTestBase
{
    [Test]
    public async Task The_openapi_document_describes_login_and_a_bearer_security_scheme()
    {
        var response = await Api.GetAsync("/swagger/v1/swagger.json");

        response.ShouldHaveStatus(HttpStatusCode.OK);
        var paths = ApiResponse.Member(response.Json, "paths");
        var schemes = ApiResponse.Member(ApiResponse.Member(response.Json, "components"), "securitySchemes");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(paths.TryGetProperty("/api/users/login", out _), Is.True, "paths should include /api/users/login");
            Assert.That(schemes.EnumerateObject().Any(scheme => IsBearer(scheme.Value)), Is.True, $"no bearer scheme in {schemes}");
        }
    }

    private static bool IsBearer(JsonElement scheme) =>
        scheme.TryGetProperty("type", out var type) && type.GetString() == "http"
        && scheme.TryGetProperty("scheme", out var name) && string.Equals(name.GetString(), "bearer", StringComparison.OrdinalIgnoreCase);
}
