using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

public sealed class LoginTests : ApiTestBase
{
    [Test]
    public async Task Login_returns_200_with_the_user_an_access_token_and_a_refresh_token()
    {
        var account = TestAccount.Named("alice");
        await Api.RegisterNewAsync(account);

        var response = await Api.LoginAsync(account.Email, account.Password);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.UserString("username"), Is.EqualTo("alice"));
            Assert.That(response.UserString("email"), Is.EqualTo("alice@example.com"));
            Assert.That(response.UserString("token"), Is.Not.Empty);
            Assert.That(response.UserString("refreshToken"), Is.Not.Empty);
        }

        (await Api.GetCurrentUserAsync(response.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Login_matches_the_email_case_insensitively()
    {
        var account = TestAccount.Named("alice");
        await Api.RegisterNewAsync(account);

        var response = await Api.LoginAsync("ALICE@example.com", account.Password);

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Login_with_a_wrong_password_returns_401_invalid_credentials()
    {
        var account = TestAccount.Named("alice");
        await Api.RegisterNewAsync(account);

        var response = await Api.LoginAsync(account.Email, "not-the-password");

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
    }

    [Test]
    public async Task Login_with_an_unknown_email_returns_the_same_401_as_a_wrong_password()
    {
        var response = await Api.LoginAsync("nobody@example.com", TestAccount.DefaultPassword);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
    }

    [TestCase("", "")]
    [TestCase(null, null)]
    public async Task Login_with_blank_fields_returns_422_naming_both(string? email, string? password)
    {
        var response = await Api.LoginAsync(email, password);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, new Dictionary<string, string[]>
        {
            ["email"] = ["can't be blank"],
            ["password"] = ["can't be blank"],
        });
    }
}
