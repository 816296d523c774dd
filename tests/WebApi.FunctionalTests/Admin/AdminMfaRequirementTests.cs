using System.Net;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Admin;

/// <summary>
/// The second factor the admin API requires of Admins and Moderators (by default): without one, the enrolment
/// endpoints are all they may use; once confirmed, the same access token works. Real codes, real clock: a code is
/// accepted for the step before and after the server's, so the few milliseconds between computing it and checking
/// it cannot make it fail.
/// </summary>
public sealed class AdminMfaRequirementTests : ApiTestBase
{
    [TestCase("/api/admin", TestName = "An admin without mfa enrols under /api/admin/mfa and may then use the admin API")]
    [TestCase("/api/user", TestName = "An admin without mfa enrols under /api/user/mfa and may then use the admin API")]
    public async Task Enrolling_opens_the_admin_api(string under)
    {
        var admin = await TestUsers.CreateAsync("boss", Role.Moderator, Role.Admin);
        (await Api.AdminStatsAsync(admin.AccessToken)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("mfa", "is required"));

        var secret = (await Api.StartMfaEnrolmentAsync(admin.AccessToken, under)).ShouldHaveStatus(HttpStatusCode.OK).Json.String("secret");
        (await Api.AdminStatsAsync(admin.AccessToken)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("mfa", "is required"));
        (await Api.ConfirmMfaEnrolmentAsync(admin.AccessToken, TestMfa.CodeAt(secret, DateTimeOffset.UtcNow), under)).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.AdminStatsAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Disabling_mfa_closes_the_admin_api_again()
    {
        var admin = await TestUsers.CreateAsync("boss", Role.Moderator, Role.Admin);
        var secret = (await Api.StartMfaEnrolmentAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Json.String("secret");
        var recoveryCode = (await Api.ConfirmMfaEnrolmentAsync(admin.AccessToken, TestMfa.CodeAt(secret, DateTimeOffset.UtcNow)))
            .ShouldHaveStatus(HttpStatusCode.OK).Json.Strings("recoveryCodes")[0];
        (await Api.AdminStatsAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.DisableMfaAsync(admin.AccessToken, recoveryCode)).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await Api.AdminStatsAsync(admin.AccessToken)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("mfa", "is required"));
    }

    [Test]
    public async Task A_plain_user_without_mfa_is_refused_for_his_permission_not_for_mfa()
    {
        var plain = await TestUsers.CreateAsync("plain");

        (await Api.AdminStatsAsync(plain.AccessToken)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
    }

    [TestCase("Admin", "Admin", HttpStatusCode.Forbidden, TestName = "Required for Admin only: an admin without mfa is refused")]
    [TestCase("Admin", "Moderator", HttpStatusCode.NoContent, TestName = "Required for Admin only: a moderator without mfa moderates")]
    [TestCase("", "Admin", HttpStatusCode.NoContent, TestName = "Required for nobody: an admin without mfa moderates")]
    public async Task The_roles_that_need_mfa_are_configurable(string requiredForRoles, string role, HttpStatusCode expected)
    {
        await using var host = CleanBackendApiFactory.Testing(("Identity:Mfa:RequiredForRoles", requiredForRoles), ("Jobs:Enabled", "false"));
        using var api = new ConduitApiClient(host.CreateClient());
        var author = await TestUsers.CreateAsync("author");
        var slug = await api.PublishSlugAsync(author, "Doubtful");
        var staff = await TestUsers.CreateAsync("staff", Role.FromName(role));

        (await api.AdminDeleteArticleAsync(staff.AccessToken, slug)).ShouldHaveStatus(expected);
    }
}
