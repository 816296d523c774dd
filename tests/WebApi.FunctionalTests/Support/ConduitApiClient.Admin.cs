namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The admin API under /api/admin.</summary>
public sealed partial class ConduitApiClient
{
    public Task<ApiResponse> AdminListUsersAsync(string? token, string query = "") =>
        SendAsync(HttpMethod.Get, "/api/admin/users" + query, token);

    public Task<ApiResponse> AdminGetUserAsync(string? token, Guid userId) =>
        SendAsync(HttpMethod.Get, $"/api/admin/users/{userId}", token);

    public Task<ApiResponse> AdminChangeRolesAsync(string? token, Guid userId, params string[] roles) =>
        SendAsync(HttpMethod.Put, $"/api/admin/users/{userId}/roles", token, new { roles });

    public Task<ApiResponse> AdminChangeMetadataAsync(string? token, Guid userId, object metadata) =>
        SendAsync(HttpMethod.Put, $"/api/admin/users/{userId}/metadata", token, new { metadata });

    public Task<ApiResponse> AdminDeactivateAsync(string? token, Guid userId) =>
        SendAsync(HttpMethod.Post, $"/api/admin/users/{userId}/deactivate", token);

    public Task<ApiResponse> AdminReactivateAsync(string? token, Guid userId) =>
        SendAsync(HttpMethod.Post, $"/api/admin/users/{userId}/reactivate", token);

    public Task<ApiResponse> AdminDeleteArticleAsync(string? token, string slug) =>
        SendAsync(HttpMethod.Delete, $"/api/admin/articles/{slug}", token);

    public Task<ApiResponse> AdminDeleteCommentAsync(string? token, long commentId) =>
        SendAsync(HttpMethod.Delete, $"/api/admin/comments/{commentId}", token);

    public Task<ApiResponse> AdminAuditAsync(string? token, string query = "") =>
        SendAsync(HttpMethod.Get, "/api/admin/audit" + query, token);

    public Task<ApiResponse> AdminStatsAsync(string? token) =>
        SendAsync(HttpMethod.Get, "/api/admin/stats", token);
}
