using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CleanBackend.WebApi.Idempotency;
using CleanBackend.WebApi.Logging;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// The Conduit calls, so tests state intent ("register", "refresh", "favorite") instead of
/// repeating URLs and JSON envelopes. This part holds the Identity calls and the plumbing; the
/// Social and Publishing calls are in the other parts.
/// </summary>
public sealed partial class ConduitApiClient(HttpClient http) : IDisposable
{
    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);

    public Task<ApiResponse> RegisterAsync(TestAccount account) =>
        PostJsonAsync("/api/users", new { user = new { username = account.Username, email = account.Email, password = account.Password } });

    /// <summary>Registers <paramref name="account"/> and fails the test unless that succeeds.</summary>
    public async Task<UserSession> RegisterNewAsync(TestAccount account)
    {
        var response = (await RegisterAsync(account)).ShouldHaveStatus(HttpStatusCode.Created);
        return new UserSession(account, response.UserString("token"), null);
    }

    /// <summary>Registers <c>{username}@example.com</c> with the default password and fails the test unless that succeeds.</summary>
    public Task<UserSession> RegisterNewAsync(string username) => RegisterNewAsync(TestAccount.Named(username));

    public Task<ApiResponse> LoginAsync(string? email, string? password) =>
        PostJsonAsync("/api/users/login", new { user = new { email, password } });

    /// <summary>Logs <paramref name="account"/> in and fails the test unless that succeeds.</summary>
    public async Task<UserSession> LoginSessionAsync(TestAccount account)
    {
        var response = (await LoginAsync(account.Email, account.Password)).ShouldHaveStatus(HttpStatusCode.OK);
        return new UserSession(account, response.UserString("token"), response.UserString("refreshToken"));
    }

    /// <summary>Registers <paramref name="account"/> and logs in, which is the only way to get a refresh token.</summary>
    public async Task<UserSession> RegisterAndLoginAsync(TestAccount account)
    {
        await RegisterNewAsync(account);
        return await LoginSessionAsync(account);
    }

    /// <summary>GET /api/user with <c>Authorization: {scheme} {token}</c>, or without the header when <paramref name="token"/> is null.</summary>
    public Task<ApiResponse> GetCurrentUserAsync(string? token, string scheme = "Token") =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/user").WithAuthorization(token, scheme));

    /// <summary>PUT /api/user with <paramref name="userFields"/> inside the envelope; null members are sent as JSON null.</summary>
    public Task<ApiResponse> UpdateCurrentUserAsync(string token, object userFields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/user") { Content = Json(new { user = userFields }) }.WithAuthorization(token));

    public Task<ApiResponse> RefreshAsync(string? refreshToken) =>
        PostJsonAsync("/api/users/refresh", new { refreshToken });

    public Task<ApiResponse> LogoutAsync(string? refreshToken) =>
        PostJsonAsync("/api/users/logout", new { refreshToken });

    public Task<ApiResponse> PostJsonAsync(string path, object body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) });

    /// <summary>Posts <paramref name="rawJson"/> as it is, for bodies a serializer would never produce.</summary>
    public Task<ApiResponse> PostRawJsonAsync(string path, string rawJson) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(rawJson, Encoding.UTF8, "application/json"),
        });

    /// <summary>A GET, optionally with an <c>X-Correlation-ID</c> sent verbatim (unvalidated, so unsafe values get through).</summary>
    public Task<ApiResponse> GetAsync(string path, string? correlationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (correlationId is not null)
        {
            request.Headers.TryAddWithoutValidation(CorrelationIdMiddleware.HeaderName, correlationId);
        }

        return SendAsync(request);
    }

    /// <summary>
    /// <paramref name="method"/> on <paramref name="path"/>, authorized with <paramref name="token"/> when it is not null,
    /// with <paramref name="body"/> serialized as JSON (null members included) when it is not null.
    /// </summary>
    public Task<ApiResponse> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path).WithAuthorization(token);
        if (body is not null)
        {
            request.Content = Json(body);
        }

        return SendAsync(request);
    }

    /// <summary>A POST of <paramref name="body"/> as JSON with the <c>Idempotency-Key</c> header sent verbatim (unvalidated, so broken keys get through).</summary>
    public Task<ApiResponse> PostWithIdempotencyKeyAsync(string path, string? token, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) }.WithAuthorization(token);
        request.Headers.TryAddWithoutValidation(HttpIdempotencyContext.KeyHeader, idempotencyKey);
        return SendAsync(request);
    }

    /// <summary>As <see cref="SendAsync(HttpMethod, string, string?, object?)"/> with <paramref name="rawJson"/> sent as it is.</summary>
    public Task<ApiResponse> SendRawJsonAsync(HttpMethod method, string path, string? token, string rawJson) =>
        SendAsync(new HttpRequestMessage(method, path)
        {
            Content = new StringContent(rawJson, Encoding.UTF8, "application/json"),
        }.WithAuthorization(token));

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            var body = await response.Content.ReadAsStringAsync();
            var correlationId = response.Headers.TryGetValues(CorrelationIdMiddleware.HeaderName, out var values)
                ? values.SingleOrDefault()
                : null;
            return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, correlationId, body)
            {
                Location = response.Headers.Location?.OriginalString,
                RetryAfter = response.Headers.TryGetValues("Retry-After", out var retryAfter) ? retryAfter.SingleOrDefault() : null,
                IdempotentReplayed = response.Headers.TryGetValues(HttpIdempotencyContext.ReplayedHeader, out var replayed) && replayed.SingleOrDefault() == "true",
            };
        }
    }

    public void Dispose() => http.Dispose();

    private static StringContent Json(object body) =>
        new(JsonSerializer.Serialize(body, RequestJson), new MediaTypeHeaderValue("application/json"));
}
