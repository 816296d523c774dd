using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

public sealed class RefreshTokenTests : ApiTestBase
{
    [Test]
    public async Task Refresh_returns_a_new_access_token_and_a_new_refresh_token()
    {
        var session = await Api.RegisterAndLoginAsync(TestAccount.Named("alice"));

        var response = await Api.RefreshAsync(session.RefreshToken);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        var refreshToken = response.UserString("refreshToken");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refreshToken, Is.Not.Empty.And.Not.EqualTo(session.RefreshToken));
            Assert.That(response.UserString("username"), Is.EqualTo("alice"));
        }

        (await Api.GetCurrentUserAsync(response.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    /// <summary>The control for the replay test: without a replay, the successor keeps working.</summary>
    [Test]
    public async Task Refresh_with_the_successor_token_works_again()
    {
        var session = await Api.RegisterAndLoginAsync(TestAccount.Named("alice"));
        var successor = (await Api.RefreshAsync(session.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK).UserString("refreshToken");

        var response = await Api.RefreshAsync(successor);

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Refresh_replaying_a_rotated_token_returns_401_and_revokes_its_successor()
    {
        var session = await Api.RegisterAndLoginAsync(TestAccount.Named("alice"));
        var successor = (await Api.RefreshAsync(session.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK).UserString("refreshToken");

        var replay = await Api.RefreshAsync(session.RefreshToken);

        replay.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(replay.Errors.Keys, Is.EquivalentTo(new[] { "refreshToken" }));

        // The replay means the token leaked; whoever holds the successor must lose it too.
        (await Api.RefreshAsync(successor)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Refresh_with_an_unknown_token_returns_401()
    {
        var response = await Api.RefreshAsync("not-a-token-the-api-ever-issued");

        response.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(response.Errors.Keys, Is.EquivalentTo(new[] { "refreshToken" }));
    }

    [TestCase("")]
    [TestCase(null)]
    public async Task Refresh_with_a_blank_token_returns_422(string? refreshToken)
    {
        var response = await Api.RefreshAsync(refreshToken);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("refreshToken", "can't be blank"));
    }

    [Test]
    public async Task Logout_returns_204_and_the_token_can_no_longer_refresh()
    {
        var session = await Api.RegisterAndLoginAsync(TestAccount.Named("alice"));

        var logout = await Api.LogoutAsync(session.RefreshToken);

        logout.ShouldHaveStatus(HttpStatusCode.NoContent);
        (await Api.RefreshAsync(session.RefreshToken)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Logout_ends_only_its_own_session()
    {
        var account = TestAccount.Named("alice");
        var phone = await Api.RegisterAndLoginAsync(account);
        var laptop = await Api.LoginSessionAsync(account);

        (await Api.LogoutAsync(phone.RefreshToken)).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await Api.RefreshAsync(laptop.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Logout_with_a_blank_token_returns_422()
    {
        var response = await Api.LogoutAsync("");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("refreshToken", "can't be blank"));
    }
}
