using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using Npgsql;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

public sealed class DeactivatedUserTests : ApiTestBase
{
    [Test]
    public async Task A_deactivated_user_cannot_log_in_even_with_the_right_password()
    {
        var account = TestAccount.Named("alice");
        await Api.RegisterAndLoginAsync(account);
        await DeactivateAsync(account.Username);

        var response = await Api.LoginAsync(account.Email, account.Password);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
    }

    [Test]
    public async Task A_deactivated_user_cannot_refresh_a_session_started_before()
    {
        var account = TestAccount.Named("alice");
        var session = await Api.RegisterAndLoginAsync(account);
        await DeactivateAsync(account.Username);

        var response = await Api.RefreshAsync(session.RefreshToken);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    // There is no deactivation endpoint yet, so the test does what an operator would: flip the column.
    private static async Task DeactivateAsync(string username)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("UPDATE identity.users SET is_active = false WHERE username = @username", connection);
        command.Parameters.AddWithValue("username", username);
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1), "exactly one user should have been deactivated");
    }
}
