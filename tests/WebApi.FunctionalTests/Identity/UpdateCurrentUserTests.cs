using System.Net;
using System.Text.Json;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

public sealed class UpdateCurrentUserTests : ApiTestBase
{
    [Test]
    public async Task Update_changes_only_the_fields_sent()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.UpdateCurrentUserAsync(session.AccessToken, new { bio = "I like tests" });

        response.ShouldHaveStatus(HttpStatusCode.OK);
        var reread = (await Api.GetCurrentUserAsync(response.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            foreach (var user in new[] { response, reread })
            {
                Assert.That(user.UserString("bio"), Is.EqualTo("I like tests"));
                Assert.That(user.UserString("username"), Is.EqualTo("alice"));
                Assert.That(user.UserString("email"), Is.EqualTo("alice@example.com"));
                Assert.That(ApiResponse.Member(user.User, "image").ValueKind, Is.EqualTo(JsonValueKind.Null));
            }
        }
    }

    [Test]
    public async Task Update_with_empty_bio_and_image_stores_null()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));
        var filled = (await Api.UpdateCurrentUserAsync(session.AccessToken, new { bio = "Something", image = "https://example.com/alice.png" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(filled.UserString("image"), Is.EqualTo("https://example.com/alice.png"), "precondition: the image was set");

        var cleared = await Api.UpdateCurrentUserAsync(filled.UserString("token"), new { bio = "", image = "" });

        cleared.ShouldHaveStatus(HttpStatusCode.OK);
        var reread = (await Api.GetCurrentUserAsync(cleared.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ApiResponse.Member(reread.User, "bio").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(ApiResponse.Member(reread.User, "image").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [TestCase("email", null)]
    [TestCase("email", "")]
    [TestCase("username", null)]
    [TestCase("username", "")]
    public async Task Update_with_a_blank_email_or_username_returns_422(string field, string? value)
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.UpdateCurrentUserAsync(session.AccessToken, new Dictionary<string, string?> { [field] = value });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error(field, "can't be blank"));
    }

    [Test]
    public async Task Update_to_a_username_someone_else_has_returns_409()
    {
        await Api.RegisterNewAsync(TestAccount.Named("bob"));
        var alice = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.UpdateCurrentUserAsync(alice.AccessToken, new { username = "Bob" });

        response.ShouldBeProblem(HttpStatusCode.Conflict, Error("username", "has already been taken"));
    }

    [Test]
    public async Task Update_to_an_email_someone_else_has_returns_409()
    {
        await Api.RegisterNewAsync(TestAccount.Named("bob"));
        var alice = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.UpdateCurrentUserAsync(alice.AccessToken, new { email = "BOB@example.com" });

        response.ShouldBeProblem(HttpStatusCode.Conflict, Error("email", "has already been taken"));
    }

    [Test]
    public async Task Update_resending_the_users_own_username_and_email_is_not_a_conflict()
    {
        var alice = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.UpdateCurrentUserAsync(alice.AccessToken, new { username = "alice", email = "alice@example.com" });

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Update_of_the_password_makes_the_old_one_fail_and_the_new_one_work()
    {
        var account = TestAccount.Named("alice");
        var session = await Api.RegisterNewAsync(account);

        (await Api.UpdateCurrentUserAsync(session.AccessToken, new { password = "a-brand-new-password" })).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.LoginAsync(account.Email, account.Password)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
        (await Api.LoginAsync(account.Email, "a-brand-new-password")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Update_returns_a_working_token_for_the_changed_user()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.UpdateCurrentUserAsync(session.AccessToken, new { username = "alice_renamed" });

        response.ShouldHaveStatus(HttpStatusCode.OK);
        var token = response.UserString("token");
        var reread = (await Api.GetCurrentUserAsync(token)).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reread.UserString("username"), Is.EqualTo("alice_renamed"));
            Assert.That(reread.UserString("token"), Is.EqualTo(token));
        }
    }

    [Test]
    public async Task Update_without_a_token_returns_401()
    {
        var response = await Api.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/user")
        {
            Content = new StringContent("""{"user":{"bio":"x"}}""", System.Text.Encoding.UTF8, "application/json"),
        });

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }
}
