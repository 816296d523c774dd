using System.Net;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.FunctionalTests.Notifications;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Admin;

/// <summary>
/// Every admin endpoint: 401 without a token, 403 for a plain user (and for a moderator where the
/// permission is the administrator's), 403 for staff without the second factor their role requires, and an
/// answer for the right role.
/// </summary>
public sealed class AdminAccessTests : ApiTestBase
{
    /// <summary>An endpoint, which staff may call it, and the status the right caller gets.</summary>
    public sealed record Endpoint(string Name, bool ModeratorsMay, HttpStatusCode Success, Func<ConduitApiClient, string?, Fixture, Task<ApiResponse>> Call)
    {
        public override string ToString() => Name;
    }

    /// <summary>What the calls act on: another user, an article, a comment.</summary>
    public sealed record Fixture(Guid TargetId, string Slug, long CommentId);

    public static IEnumerable<Endpoint> Endpoints()
    {
        yield return new("GET /users", false, HttpStatusCode.OK, (api, token, _) => api.AdminListUsersAsync(token));
        yield return new("GET /users/{id}", false, HttpStatusCode.OK, (api, token, f) => api.AdminGetUserAsync(token, f.TargetId));
        yield return new("PUT /users/{id}/roles", false, HttpStatusCode.OK, (api, token, f) => api.AdminChangeRolesAsync(token, f.TargetId, "Moderator"));
        yield return new("PUT /users/{id}/metadata", false, HttpStatusCode.OK, (api, token, f) => api.AdminChangeMetadataAsync(token, f.TargetId, new { plan = "pro" }));
        yield return new("POST /users/{id}/deactivate", false, HttpStatusCode.OK, (api, token, f) => api.AdminDeactivateAsync(token, f.TargetId));
        yield return new("POST /users/{id}/reactivate", false, HttpStatusCode.OK, (api, token, f) => api.AdminReactivateAsync(token, f.TargetId));
        yield return new("GET /audit", false, HttpStatusCode.OK, (api, token, _) => api.AdminAuditAsync(token));
        yield return new("GET /stats", false, HttpStatusCode.OK, (api, token, _) => api.AdminStatsAsync(token));
        yield return new("POST /newsletters", false, HttpStatusCode.Accepted, (api, token, _) => api.SendNewsletterToTheEndAsync(token));
        yield return new("GET /jobs", false, HttpStatusCode.OK, (api, token, _) => api.SendAsync(HttpMethod.Get, "/api/admin/jobs", token));
        yield return new("GET /jobs/{id} of no job", false, HttpStatusCode.NotFound, (api, token, _) => api.GetJobAsync(token, $"/api/admin/jobs/{Guid.NewGuid()}"));
        yield return new("DELETE /articles/{slug}", true, HttpStatusCode.NoContent, (api, token, f) => api.AdminDeleteArticleAsync(token, f.Slug));
        yield return new("DELETE /comments/{id}", true, HttpStatusCode.NoContent, (api, token, f) => api.AdminDeleteCommentAsync(token, f.CommentId));
    }

    public static IEnumerable<Endpoint> AdminOnlyEndpoints() => Endpoints().Where(endpoint => !endpoint.ModeratorsMay);

    public static IEnumerable<Endpoint> ModerationEndpoints() => Endpoints().Where(endpoint => endpoint.ModeratorsMay);

    [TestCaseSource(nameof(Endpoints))]
    public async Task Without_a_token_answers_401(Endpoint endpoint)
    {
        var fixture = await ArrangeAsync();

        var response = await endpoint.Call(Api, null, fixture);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task With_a_plain_user_answers_403_permission(Endpoint endpoint)
    {
        var fixture = await ArrangeAsync();
        var plain = await TestUsers.CreateAsync("plain");

        var response = await endpoint.Call(Api, plain.AccessToken, fixture);

        response.ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
    }

    [TestCaseSource(nameof(AdminOnlyEndpoints))]
    public async Task With_a_moderator_an_administrators_endpoint_answers_403_permission(Endpoint endpoint)
    {
        var fixture = await ArrangeAsync();
        var moderator = await AdminSessions.ModeratorAsync();

        var response = await endpoint.Call(Api, moderator.AccessToken, fixture);

        response.ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
    }

    [TestCaseSource(nameof(ModerationEndpoints))]
    public async Task With_a_moderator_moderation_works(Endpoint endpoint)
    {
        var fixture = await ArrangeAsync();
        var moderator = await AdminSessions.ModeratorAsync();

        (await endpoint.Call(Api, moderator.AccessToken, fixture)).ShouldHaveStatus(endpoint.Success);
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task With_an_admin_works(Endpoint endpoint)
    {
        var fixture = await ArrangeAsync();
        var admin = await AdminSessions.AdminAsync();

        (await endpoint.Call(Api, admin.AccessToken, fixture)).ShouldHaveStatus(endpoint.Success);
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task With_an_admin_without_mfa_answers_403_mfa(Endpoint endpoint)
    {
        var fixture = await ArrangeAsync();
        var admin = await TestUsers.CreateAsync("boss", Role.Moderator, Role.Admin);

        var response = await endpoint.Call(Api, admin.AccessToken, fixture);

        response.ShouldBeProblem(HttpStatusCode.Forbidden, Error("mfa", "is required"));
        Assert.That(response.Json.String("detail"), Does.Contain("/api/admin/mfa/enrolment"));
    }

    [TestCaseSource(nameof(ModerationEndpoints))]
    public async Task With_a_moderator_without_mfa_moderation_answers_403_mfa(Endpoint endpoint)
    {
        var fixture = await ArrangeAsync();
        var moderator = await TestUsers.CreateAsync("mod", Role.Moderator);

        (await endpoint.Call(Api, moderator.AccessToken, fixture)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("mfa", "is required"));
    }

    private async Task<Fixture> ArrangeAsync()
    {
        var target = await TestUsers.CreateAsync("target");
        var slug = await Api.PublishSlugAsync(target, "Something to moderate");
        var commentId = await Api.CommentAsync(slug, target, "A comment to moderate");
        return new Fixture(AdminSessions.IdOf(target), slug, commentId);
    }
}
