using System.Net;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The sessions of <c>/api/user/sessions</c> and the admin's <c>/api/admin/users/{id}/sessions</c>.</summary>
public sealed partial class ConduitApiClient
{
    /// <summary>Logs <paramref name="account"/> in sending <c>User-Agent: {userAgent}</c>, and fails the test unless that succeeds.</summary>
    public async Task<UserSession> LoginFromAsync(TestAccount account, string userAgent)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/users/login")
        {
            Content = Json(new { user = new { email = account.Email, password = account.Password } }),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        var response = (await SendAsync(request)).ShouldHaveStatus(HttpStatusCode.OK);
        return new UserSession(account, response.UserString("token"), response.UserString("refreshToken"));
    }

    public Task<ApiResponse> ListSessionsAsync(string? token) =>
        SendAsync(HttpMethod.Get, "/api/user/sessions", token);

    public Task<ApiResponse> EndSessionAsync(string? token, Guid sessionId) =>
        SendAsync(HttpMethod.Delete, $"/api/user/sessions/{sessionId}", token);

    public Task<ApiResponse> EndOtherSessionsAsync(string? token) =>
        SendAsync(HttpMethod.Delete, "/api/user/sessions", token);

    public Task<ApiResponse> AdminListSessionsAsync(string? token, Guid userId) =>
        SendAsync(HttpMethod.Get, $"/api/admin/users/{userId}/sessions", token);

    public Task<ApiResponse> AdminEndSessionsAsync(string? token, Guid userId) =>
        SendAsync(HttpMethod.Delete, $"/api/admin/users/{userId}/sessions", token);
}
