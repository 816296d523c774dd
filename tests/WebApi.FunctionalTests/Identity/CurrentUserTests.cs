using System.Net;
using System.Text.Json;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

public sealed class CurrentUserTests : ApiTestBase
{
    [Test]
    public async Task Get_current_user_returns_the_user_with_the_token_it_was_called_with()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.GetCurrentUserAsync(session.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.UserString("token"), Is.EqualTo(session.AccessToken));
            Assert.That(response.UserString("username"), Is.EqualTo("alice"));
            Assert.That(response.UserString("email"), Is.EqualTo("alice@example.com"));
            Assert.That(ApiResponse.Member(response.User, "bio").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(ApiResponse.Member(response.User, "image").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [TestCase("Token")]
    [TestCase("Bearer")]
    public async Task Get_current_user_accepts_the_token_under_both_schemes(string scheme)
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.GetCurrentUserAsync(session.AccessToken, scheme);

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Get_current_user_without_a_token_returns_401_token_is_missing()
    {
        var response = await Api.GetCurrentUserAsync(token: null);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [TestCase("garbage")]
    [TestCase("a.b.c")]
    public async Task Get_current_user_with_a_garbage_token_returns_401_token_is_missing(string token)
    {
        var response = await Api.GetCurrentUserAsync(token);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [Test]
    public async Task Get_current_user_with_a_valid_token_under_an_unknown_scheme_returns_401()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        var response = await Api.GetCurrentUserAsync(session.AccessToken, scheme: "Basic");

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    /// <summary>
    /// The control for the two tests below: a token made by the same helper, with the API's key and
    /// a current lifetime, is accepted, so their 401s come from the key or the expiry alone.
    /// </summary>
    [Test]
    public async Task Get_current_user_accepts_a_hand_made_token_signed_with_the_configured_key()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));
        var token = TestAccessTokens.Sign(
            TestAccessTokens.SubjectOf(session.AccessToken),
            TestHostSettings.SigningKey,
            DateTime.UtcNow.AddMinutes(-1),
            DateTime.UtcNow.AddMinutes(10),
            TestAccessTokens.StampOf(session.AccessToken));

        var response = await Api.GetCurrentUserAsync(token);

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    /// <summary>Every token the API issues carries the user's security stamp; one without it is refused.</summary>
    [Test]
    public async Task Get_current_user_with_a_well_signed_token_without_a_security_stamp_returns_401()
    {
        var subject = await RegisteredSubjectAsync();
        var token = TestAccessTokens.Sign(subject, TestHostSettings.SigningKey, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10));

        var response = await Api.GetCurrentUserAsync(token);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    /// <summary>RFC 7515 §4.1.11: a token naming critical extensions must be refused by whoever does not implement them, and we implement none.</summary>
    [Test]
    public async Task Get_current_user_with_a_well_signed_token_whose_header_has_crit_returns_401()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));
        var token = TestAccessTokens.Sign(
            TestAccessTokens.SubjectOf(session.AccessToken),
            TestHostSettings.SigningKey,
            DateTime.UtcNow.AddMinutes(-1),
            DateTime.UtcNow.AddMinutes(10),
            TestAccessTokens.StampOf(session.AccessToken),
            new Dictionary<string, object> { ["crit"] = new[] { "exp" } });

        var response = await Api.GetCurrentUserAsync(token);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [Test]
    public async Task Get_current_user_with_a_token_signed_by_another_key_returns_401()
    {
        var subject = await RegisteredSubjectAsync();
        var forged = TestAccessTokens.Sign(subject, TestAccessTokens.ForeignSigningKey, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10));

        var response = await Api.GetCurrentUserAsync(forged);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [Test]
    public async Task Get_current_user_with_an_expired_token_returns_401()
    {
        var subject = await RegisteredSubjectAsync();

        // Expired an hour ago: far beyond the API's clock skew allowance, so no race with the clock.
        var expired = TestAccessTokens.Sign(subject, TestHostSettings.SigningKey, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));

        var response = await Api.GetCurrentUserAsync(expired);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    private async Task<string> RegisteredSubjectAsync()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));
        return TestAccessTokens.SubjectOf(session.AccessToken);
    }
}
