using System.Net;
using System.Text.Json;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

public sealed class RegistrationTests : ApiTestBase
{
    [Test]
    public async Task Register_returns_201_with_the_user_a_token_and_explicit_null_bio_and_image()
    {
        var account = TestAccount.Named("alice");

        var response = await Api.RegisterAsync(account);

        response.ShouldHaveStatus(HttpStatusCode.Created);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.UserString("username"), Is.EqualTo("alice"));
            Assert.That(response.UserString("email"), Is.EqualTo("alice@example.com"));
            Assert.That(response.UserString("token"), Is.Not.Empty);

            // Conduit clients read these members; they must be present with a null value, not left out.
            Assert.That(ApiResponse.Member(response.User, "bio").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(ApiResponse.Member(response.User, "image").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task Register_token_authenticates_the_new_user()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.GetCurrentUserAsync(session.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.UserString("username"), Is.EqualTo("alice"));
    }

    [Test]
    public async Task Register_with_a_username_taken_in_another_case_returns_409_naming_username()
    {
        await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.RegisterAsync(new TestAccount("ALICE", "someone-else@example.com", TestAccount.DefaultPassword));

        response.ShouldBeProblem(HttpStatusCode.Conflict, Error("username", "has already been taken"));
    }

    [Test]
    public async Task Register_with_an_email_taken_in_another_case_returns_409_naming_email()
    {
        await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.RegisterAsync(new TestAccount("bob", "Alice@Example.COM", TestAccount.DefaultPassword));

        response.ShouldBeProblem(HttpStatusCode.Conflict, Error("email", "has already been taken"));
    }

    [Test]
    public async Task Register_with_every_field_invalid_returns_422_naming_every_field_at_once()
    {
        var response = await Api.RegisterAsync(new TestAccount("a", "not-an-email", "short"));

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, new Dictionary<string, string[]>
        {
            ["username"] = ["is too short (minimum is 3 characters)"],
            ["email"] = ["is invalid"],
            ["password"] = ["is too short (minimum is 8 characters)"],
        });
    }

    [Test]
    public async Task Register_with_blank_fields_returns_422_naming_every_field()
    {
        var response = await Api.RegisterAsync(new TestAccount("", "", ""));

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, new Dictionary<string, string[]>
        {
            ["username"] = ["can't be blank"],
            ["email"] = ["can't be blank"],
            ["password"] = ["can't be blank"],
        });
    }

    [TestCase("{}", TestName = "Register with an empty object")]
    [TestCase("""{"username":"alice","email":"alice@example.com","password":"correct-horse-battery"}""", TestName = "Register with the fields outside the envelope")]
    [TestCase("""{"user":null}""", TestName = "Register with a null envelope")]
    public async Task Register_without_the_user_envelope_returns_422_user_cant_be_blank(string body)
    {
        var response = await Api.PostRawJsonAsync("/api/users", body);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("user", "can't be blank"));
    }

    [TestCase("""{"user": {""", TestName = "Register with truncated JSON")]
    [TestCase("this is not json", TestName = "Register with text that is not JSON")]
    [TestCase("""{"user": {"username": 42, "email": "a@example.com", "password": "correct-horse-battery"}}""", TestName = "Register with a number for a string")]
    [TestCase("", TestName = "Register with an empty body")]
    public async Task Register_with_a_malformed_body_returns_422_not_500(string body)
    {
        var response = await Api.PostRawJsonAsync("/api/users", body);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }
}
