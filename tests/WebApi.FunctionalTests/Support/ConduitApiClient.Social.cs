using System.Net;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The Social module's calls: profiles and follows.</summary>
public sealed partial class ConduitApiClient
{
    public Task<ApiResponse> GetProfileAsync(string username, string? token = null) =>
        SendAsync(HttpMethod.Get, ProfilePath(username), token);

    public Task<ApiResponse> FollowAsync(string username, string? token) =>
        SendAsync(HttpMethod.Post, $"{ProfilePath(username)}/follow", token);

    public Task<ApiResponse> UnfollowAsync(string username, string? token) =>
        SendAsync(HttpMethod.Delete, $"{ProfilePath(username)}/follow", token);

    /// <summary>Makes <paramref name="follower"/> follow <paramref name="followee"/> and fails the test unless that succeeds.</summary>
    public async Task FollowNewAsync(UserSession follower, UserSession followee) =>
        (await FollowAsync(followee.Account.Username, follower.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

    private static string ProfilePath(string username) => $"/api/profiles/{Uri.EscapeDataString(username)}";
}
