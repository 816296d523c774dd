using System.Net;
using System.Text.Json;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The RFC 9457 shape every error response of the API shares.</summary>
public static class ProblemAssertions
{
    public const string ProblemJsonMediaType = "application/problem+json";

    /// <summary>
    /// A problem details response with <paramref name="status"/>: the problem media type, type,
    /// title and status members, a non-empty Conduit <c>errors</c> object, and a correlationId
    /// equal to the X-Correlation-ID header (so a client can quote either).
    /// </summary>
    public static ApiResponse ShouldBeProblem(this ApiResponse response, HttpStatusCode status)
    {
        response.ShouldHaveStatus(status);
        var json = response.Json;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MediaType, Is.EqualTo(ProblemJsonMediaType));
            Assert.That(StringMember(json, "type"), Is.Not.Empty);
            Assert.That(StringMember(json, "title"), Is.Not.Empty);
            Assert.That(ApiResponse.Member(json, "status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(response.Errors, Is.Not.Empty, "errors should name at least one field");
            Assert.That(response.CorrelationId, Is.Not.Null.And.Not.Empty, "X-Correlation-ID header");
            Assert.That(StringMember(json, "correlationId"), Is.EqualTo(response.CorrelationId));
        }

        return response;
    }

    /// <summary>As <see cref="ShouldBeProblem(ApiResponse, HttpStatusCode)"/>, with exactly <paramref name="expectedErrors"/>.</summary>
    public static ApiResponse ShouldBeProblem(this ApiResponse response, HttpStatusCode status, Dictionary<string, string[]> expectedErrors)
    {
        response.ShouldBeProblem(status);
        Assert.That(response.Errors, Is.EqualTo(expectedErrors), $"errors in {response.Body}");
        return response;
    }

    public static Dictionary<string, string[]> Error(string field, params string[] messages) => new() { [field] = messages };

    private static string? StringMember(JsonElement json, string name)
    {
        var value = ApiResponse.Member(json, name);
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
