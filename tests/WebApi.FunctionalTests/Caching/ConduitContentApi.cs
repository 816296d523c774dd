using System.Text;
using System.Text.Json;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Caching;

/// <summary>
/// The article, profile and tag calls the cache tests make, over a <see cref="ConduitApiClient"/>
/// (which covers the Identity calls). A null token sends the request anonymously.
/// </summary>
public sealed class ConduitContentApi(ConduitApiClient api)
{
    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);

    public ConduitApiClient Identity => api;

    public Task<ApiResponse> CreateArticleAsync(string token, string title, string body, params string[] tags) =>
        SendAsync(HttpMethod.Post, "/api/articles", token, new { article = new { title, description = "About " + title, body, tagList = tags } });

    public Task<ApiResponse> UpdateArticleAsync(string token, string slug, object articleFields) =>
        SendAsync(HttpMethod.Put, $"/api/articles/{slug}", token, new { article = articleFields });

    public Task<ApiResponse> GetArticleAsync(string slug, string? token = null) => SendAsync(HttpMethod.Get, $"/api/articles/{slug}", token);

    public Task<ApiResponse> ListArticlesAsync(string? token = null, string query = "") => SendAsync(HttpMethod.Get, "/api/articles" + query, token);

    public Task<ApiResponse> FavoriteAsync(string token, string slug) => SendAsync(HttpMethod.Post, $"/api/articles/{slug}/favorite", token);

    public Task<ApiResponse> UnfavoriteAsync(string token, string slug) => SendAsync(HttpMethod.Delete, $"/api/articles/{slug}/favorite", token);

    public Task<ApiResponse> GetProfileAsync(string username, string? token = null) => SendAsync(HttpMethod.Get, $"/api/profiles/{username}", token);

    public Task<ApiResponse> FollowAsync(string token, string username) => SendAsync(HttpMethod.Post, $"/api/profiles/{username}/follow", token);

    public Task<ApiResponse> GetTagsAsync() => SendAsync(HttpMethod.Get, "/api/tags", null);

    public Task<ApiResponse> UpdateCurrentUserAsync(string token, object userFields) => api.UpdateCurrentUserAsync(token, userFields);

    /// <summary>The <c>{"article": …}</c> member of a response.</summary>
    public static JsonElement Article(ApiResponse response) => ApiResponse.Member(response.Json, "article");

    /// <summary>The <c>articles</c> array of a list response.</summary>
    public static JsonElement[] Articles(ApiResponse response) => [.. ApiResponse.Member(response.Json, "articles").EnumerateArray()];

    public static JsonElement Profile(ApiResponse response) => ApiResponse.Member(response.Json, "profile");

    public static string[] Tags(ApiResponse response) =>
        [.. ApiResponse.Member(response.Json, "tags").EnumerateArray().Select(tag => tag.GetString() ?? string.Empty)];

    private Task<ApiResponse> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path).WithAuthorization(token);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, RequestJson), Encoding.UTF8, "application/json");
        }

        return api.SendAsync(request);
    }
}
