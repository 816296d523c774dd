using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Errors;

/// <summary>
/// A JSON object naming one key twice is refused: with "last one wins", a proxy or validator in front of the
/// API could read one value and the API another.
/// </summary>
public sealed class DuplicateJsonKeyTests : ApiTestBase
{
    [Test]
    public async Task A_duplicated_key_in_the_user_object_is_a_422_and_registers_nobody()
    {
        var response = await Api.PostRawJsonAsync(
            "/api/users",
            """{"user":{"username":"alice","username":"bob","email":"bob@example.com","password":"correct-horse-battery"}}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, ProblemAssertions.Error("user.username", "is invalid"));
        (await Api.GetAsync("/api/profiles/bob")).ShouldHaveStatus(HttpStatusCode.NotFound);
        (await Api.GetAsync("/api/profiles/alice")).ShouldHaveStatus(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_duplicated_envelope_is_a_422()
    {
        var response = await Api.PostRawJsonAsync(
            "/api/users/login",
            """{"user":{"email":"a@example.com","password":"x"},"user":{"email":"b@example.com","password":"y"}}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, ProblemAssertions.Error("user", "is invalid"));
    }

    [Test]
    public async Task A_duplicated_key_in_a_partial_update_is_a_422_and_changes_nothing()
    {
        var user = await TestUsers.CreateAsync("jake");

        var response = await Api.SendRawJsonAsync(HttpMethod.Put, "/api/user", user.AccessToken, """{"user":{"bio":"first","bio":"second"}}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, ProblemAssertions.Error("user.bio", "is invalid"));
        var current = (await Api.GetCurrentUserAsync(user.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(current.User.GetProperty("bio").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [TestCase("""{"metadata":{"plan":"free","plan":"pro"}}""")]
    [TestCase("""{"metadata":{"limits":{"seats":1,"seats":100}}}""")]
    [TestCase("""{"metadata":{"items":[{"id":1,"id":2}]}}""")]
    public async Task A_duplicated_key_anywhere_inside_free_form_JSON_is_a_422_naming_the_member_and_stores_nothing(string json)
    {
        var admin = await AdminSessions.AdminAsync();
        var user = await TestUsers.CreateAsync("jake");

        var response = await Api.SendRawJsonAsync(HttpMethod.Put, $"/api/admin/users/{AdminSessions.IdOf(user)}/metadata", admin.AccessToken, json);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, ProblemAssertions.Error("metadata", "is invalid"));
        var stored = (await Api.AdminGetUserAsync(admin.AccessToken, AdminSessions.IdOf(user))).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(stored.User.GetProperty("metadata").EnumerateObject(), Is.Empty);
    }

    [Test]
    public async Task The_same_key_in_different_objects_is_not_a_duplicate()
    {
        var admin = await AdminSessions.AdminAsync();
        var user = await TestUsers.CreateAsync("jake");

        var response = await Api.SendRawJsonAsync(
            HttpMethod.Put,
            $"/api/admin/users/{AdminSessions.IdOf(user)}/metadata",
            admin.AccessToken,
            """{"metadata":{"id":1,"a":{"id":2},"b":[{"id":3},{"id":4}]}}""");

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }
}
