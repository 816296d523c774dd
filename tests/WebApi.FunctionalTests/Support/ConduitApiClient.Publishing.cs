using System.Net;
using System.Text.Json;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The Publishing module's calls: articles, the feed, favorites, comments and tags.</summary>
public sealed partial class ConduitApiClient
{
    public const string DefaultDescription = "What it is about";

    public const string DefaultBody = "What it says";

    /// <summary>POST /api/articles with <paramref name="articleFields"/> inside the envelope; null members are sent as JSON null.</summary>
    public Task<ApiResponse> CreateArticleAsync(string? token, object articleFields) =>
        SendAsync(HttpMethod.Post, "/api/articles", token, new { article = articleFields });

    /// <summary>
    /// Publishes an article by <paramref name="author"/> and fails the test unless that succeeds;
    /// returns the created article as the API sent it.
    /// </summary>
    public async Task<JsonElement> PublishAsync(
        UserSession author,
        string title,
        string description = DefaultDescription,
        string body = DefaultBody,
        IReadOnlyList<string>? tagList = null)
    {
        var response = await CreateArticleAsync(author.AccessToken, new { title, description, body, tagList = tagList ?? [] });
        return response.ShouldHaveStatus(HttpStatusCode.Created).Article;
    }

    /// <summary>As <see cref="PublishAsync"/>, returning only the new article's slug.</summary>
    public async Task<string> PublishSlugAsync(UserSession author, string title, params string[] tagList) =>
        (await PublishAsync(author, title, tagList: tagList)).String("slug");

    /// <summary>
    /// Publishes "{titlePrefix} 1" … "{titlePrefix} {count}" one after the other, so the last is the
    /// newest; returns their slugs in publishing order (oldest first).
    /// </summary>
    public async Task<IReadOnlyList<string>> PublishManyAsync(UserSession author, int count, string titlePrefix = "Article")
    {
        var slugs = new List<string>(count);
        for (var index = 1; index <= count; index++)
        {
            slugs.Add(await PublishSlugAsync(author, $"{titlePrefix} {index}"));
        }

        return slugs;
    }

    public Task<ApiResponse> GetArticleAsync(string slug, string? token = null) =>
        SendAsync(HttpMethod.Get, ArticlePath(slug), token);

    /// <summary>PUT /api/articles/{slug} with <paramref name="articleFields"/> inside the envelope; null members are sent as JSON null.</summary>
    public Task<ApiResponse> UpdateArticleAsync(string slug, string? token, object articleFields) =>
        SendAsync(HttpMethod.Put, ArticlePath(slug), token, new { article = articleFields });

    public Task<ApiResponse> DeleteArticleAsync(string slug, string? token) =>
        SendAsync(HttpMethod.Delete, ArticlePath(slug), token);

    public Task<ApiResponse> FavoriteAsync(string slug, string? token) =>
        SendAsync(HttpMethod.Post, $"{ArticlePath(slug)}/favorite", token);

    public Task<ApiResponse> UnfavoriteAsync(string slug, string? token) =>
        SendAsync(HttpMethod.Delete, $"{ArticlePath(slug)}/favorite", token);

    /// <summary>GET /api/articles with <paramref name="query"/> (e.g. <c>"?tag=x&amp;limit=3"</c>, or empty).</summary>
    public Task<ApiResponse> ListArticlesAsync(string query = "", string? token = null) =>
        SendAsync(HttpMethod.Get, $"/api/articles{query}", token);

    /// <summary>GET /api/articles/feed with <paramref name="query"/> (e.g. <c>"?limit=3"</c>, or empty).</summary>
    public Task<ApiResponse> FeedAsync(string? token, string query = "") =>
        SendAsync(HttpMethod.Get, $"/api/articles/feed{query}", token);

    /// <summary>GET /api/articles/{slug}/comments with <paramref name="query"/> (e.g. <c>"?limit=3"</c>, or empty).</summary>
    public Task<ApiResponse> ListCommentsAsync(string slug, string query = "", string? token = null) =>
        SendAsync(HttpMethod.Get, $"{ArticlePath(slug)}/comments{query}", token);

    public Task<ApiResponse> AddCommentAsync(string slug, string? token, string? body) =>
        SendAsync(HttpMethod.Post, $"{ArticlePath(slug)}/comments", token, new { comment = new { body } });

    /// <summary>Comments on <paramref name="slug"/> as <paramref name="author"/> and fails the test unless that succeeds; returns the comment's id.</summary>
    public async Task<long> CommentAsync(string slug, UserSession author, string body) =>
        (await AddCommentAsync(slug, author.AccessToken, body)).ShouldHaveStatus(HttpStatusCode.Created).Comment.Long("id");

    public Task<ApiResponse> DeleteCommentAsync(string slug, long id, string? token) =>
        SendAsync(HttpMethod.Delete, $"{ArticlePath(slug)}/comments/{id}", token);

    public Task<ApiResponse> ListTagsAsync() => SendAsync(HttpMethod.Get, "/api/tags", token: null);

    private static string ArticlePath(string slug) => $"/api/articles/{Uri.EscapeDataString(slug)}";
}
