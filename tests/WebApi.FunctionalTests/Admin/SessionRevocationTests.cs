using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Admin;

/// <summary>Deactivation takes effect at once; a password change retires the tokens issued before it.</summary>
public sealed class SessionRevocationTests : ApiTestBase
{
    [Test]
    public async Task A_deactivated_users_live_access_token_is_refused_at_once_and_he_can_neither_refresh_nor_log_in()
    {
        var admin = await AdminSessions.AdminAsync();
        var account = TestAccount.Named("alice");
        var session = await Api.RegisterAndLoginAsync(account);

        // The stamp is now cached on this replica (memory) and in Redis: the deactivation must evict it.
        (await Api.GetCurrentUserAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var deactivated = (await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(session))).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(deactivated.User.Bool("active"), Is.False);
        (await Api.GetCurrentUserAsync(session.AccessToken)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        (await Api.RefreshAsync(session.RefreshToken)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("refreshToken", "is invalid"));
        (await Api.LoginAsync(account.Email, account.Password)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
    }

    [Test]
    public async Task Reactivation_lets_him_log_in_again_while_the_old_token_stays_refused()
    {
        var admin = await AdminSessions.AdminAsync();
        var account = TestAccount.Named("alice");
        var session = await Api.RegisterAndLoginAsync(account);
        (await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(session))).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.AdminReactivateAsync(admin.AccessToken, AdminSessions.IdOf(session))).ShouldHaveStatus(HttpStatusCode.OK);

        var again = await Api.LoginSessionAsync(account);
        (await Api.GetCurrentUserAsync(again.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.GetCurrentUserAsync(session.AccessToken)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        (await Api.RefreshAsync(session.RefreshToken)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_password_change_refuses_the_tokens_issued_before_and_the_returned_token_works()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));
        (await Api.GetCurrentUserAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var updated = (await Api.UpdateCurrentUserAsync(session.AccessToken, new { password = "a-brand-new-password" })).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.GetCurrentUserAsync(session.AccessToken)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        (await Api.GetCurrentUserAsync(updated.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_password_change_ends_every_other_session_and_gives_the_caller_a_fresh_pair()
    {
        var account = TestAccount.Named("alice");
        var laptop = await Api.RegisterAndLoginAsync(account);
        var phone = await Api.LoginSessionAsync(account);
        var rotatedOnPhone = (await Api.RefreshAsync(phone.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var updated = (await Api.UpdateCurrentUserAsync(laptop.AccessToken, new { password = "a-brand-new-password" })).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(updated.UserString("refreshToken"), Is.Not.Empty.And.Not.EqualTo(laptop.RefreshToken));
        (await Api.RefreshAsync(laptop.RefreshToken)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("refreshToken", "is invalid"));
        (await Api.RefreshAsync(rotatedOnPhone.UserString("refreshToken"))).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("refreshToken", "is invalid"));
        (await Api.GetCurrentUserAsync(rotatedOnPhone.UserString("token"))).ShouldBeProblem(HttpStatusCode.Unauthorized);
        var refreshed = (await Api.RefreshAsync(updated.UserString("refreshToken"))).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.GetCurrentUserAsync(refreshed.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_profile_change_keeps_the_refresh_token_working_and_answers_no_new_one()
    {
        var session = await Api.RegisterAndLoginAsync(TestAccount.Named("alice"));

        var updated = (await Api.UpdateCurrentUserAsync(session.AccessToken, new { bio = "Hello" })).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(updated.User.TryGetProperty("refreshToken", out _), Is.False);
        (await Api.RefreshAsync(session.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_profile_change_keeps_the_old_token_working()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        (await Api.UpdateCurrentUserAsync(session.AccessToken, new { bio = "Hello" })).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.GetCurrentUserAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_revoked_token_on_an_anonymous_endpoint_is_served_as_anonymous()
    {
        var admin = await AdminSessions.AdminAsync();
        var session = await TestUsers.CreateAsync("alice");
        (await Api.AdminDeactivateAsync(admin.AccessToken, AdminSessions.IdOf(session))).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.ListTagsAsync()).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.ListArticlesAsync(token: session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }
}
