using System.Net;
using System.Text.Json;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// A response read to the end: status, media type, correlation header and the raw body, with the
/// body parsed on demand. Tests assert on the raw JSON so that "present and null" and "absent" differ.
/// </summary>
public sealed class ApiResponse
{
    private readonly Lazy<JsonElement> _json;

    public ApiResponse(HttpStatusCode statusCode, string? mediaType, string? correlationId, string body)
    {
        StatusCode = statusCode;
        MediaType = mediaType;
        CorrelationId = correlationId;
        Body = body;
        _json = new Lazy<JsonElement>(() => Parse(body));
    }

    public HttpStatusCode StatusCode { get; }

    public string? MediaType { get; }

    /// <summary>The X-Correlation-ID response header, or null when the API did not send one.</summary>
    public string? CorrelationId { get; }

    public string Body { get; }

    /// <summary>The Location response header as sent, or null.</summary>
    public string? Location { get; init; }

    /// <summary>The Retry-After response header as sent, or null.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Whether the response carries <c>Idempotent-Replayed: true</c>: the stored answer to an earlier request with the same key.</summary>
    public bool IdempotentReplayed { get; init; }

    public JsonElement Json => _json.Value;

    /// <summary>The Conduit <c>{"user": …}</c> member.</summary>
    public JsonElement User => Member(Json, "user");

    /// <summary>The Conduit <c>{"article": …}</c> member.</summary>
    public JsonElement Article => Member(Json, "article");

    /// <summary>The Conduit <c>{"profile": …}</c> member.</summary>
    public JsonElement Profile => Member(Json, "profile");

    /// <summary>The Conduit <c>{"comment": …}</c> member.</summary>
    public JsonElement Comment => Member(Json, "comment");

    /// <summary>The items of the <c>articles</c> array of a list response.</summary>
    public IReadOnlyList<JsonElement> Articles => Json.Array("articles");

    /// <summary>The slugs of the <c>articles</c> array, in response order.</summary>
    public IReadOnlyList<string> ArticleSlugs => Articles.Select(article => article.String("slug")).ToList();

    /// <summary>The items of the <c>comments</c> array of a comment list response.</summary>
    public IReadOnlyList<JsonElement> Comments => Json.Array("comments");

    /// <summary>The <c>articlesCount</c> member of a list response.</summary>
    public int ArticlesCount => Json.Int("articlesCount");

    /// <summary>The <c>nextCursor</c> member of a list response: present, and a string or null.</summary>
    public string? NextCursor => Json.StringOrNull("nextCursor");

    /// <summary>The problem details <c>errors</c> member as field → messages.</summary>
    public Dictionary<string, string[]> Errors =>
        Member(Json, "errors").EnumerateObject().ToDictionary(
            member => member.Name,
            member => member.Value.EnumerateArray().Select(message => message.GetString() ?? string.Empty).ToArray());

    /// <summary>A string member of the user object; fails the test when it is missing or not a string.</summary>
    public string UserString(string name)
    {
        var value = Member(User, name);
        Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.String), $"user.{name} should be a string in {Body}");
        return value.GetString()!;
    }

    /// <summary>Fails the test, showing the body, unless the status is <paramref name="expected"/>.</summary>
    public ApiResponse ShouldHaveStatus(HttpStatusCode expected)
    {
        Assert.That(StatusCode, Is.EqualTo(expected), $"Unexpected status; body: {Body}");
        return this;
    }

    public static JsonElement Member(JsonElement element, string name)
    {
        Assert.That(element.ValueKind, Is.EqualTo(JsonValueKind.Object), $"Expected a JSON object holding '{name}', got {element}");
        Assert.That(element.TryGetProperty(name, out var value), Is.True, $"'{name}' is missing from {element}");
        return value;
    }

    private static JsonElement Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new AssertionException($"The response body is not JSON ({exception.Message}): {body}");
        }
    }
}
