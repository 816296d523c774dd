using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Social;

public sealed class FollowTests : ApiTestBase
{
    [Test]
    public async Task Follow_returns_200_with_the_profile_now_followed()
    {
        await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");

        var response = await Api.FollowAsync("alice", bob.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "profile" }));
        var profile = response.Profile.ShouldBeProfile();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.String("username"), Is.EqualTo("alice"));
            Assert.That(profile.Bool("following"), Is.True);
        }

        profile.ShouldHaveNullBioAndImage();
        var reread = (await Api.GetProfileAsync("alice", bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;
        Assert.That(reread.Bool("following"), Is.True, "the follow was stored");
    }

    [Test]
    public async Task Follow_twice_is_idempotent()
    {
        await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        (await Api.FollowAsync("alice", bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var again = await Api.FollowAsync("alice", bob.AccessToken);

        Assert.That(again.ShouldHaveStatus(HttpStatusCode.OK).Profile.Bool("following"), Is.True);
    }

    [Test]
    public async Task Unfollow_returns_200_with_the_profile_no_longer_followed()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        await Api.FollowNewAsync(bob, alice);

        var response = await Api.UnfollowAsync("alice", bob.AccessToken);

        var profile = response.ShouldHaveStatus(HttpStatusCode.OK).Profile.ShouldBeProfile();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.String("username"), Is.EqualTo("alice"));
            Assert.That(profile.Bool("following"), Is.False);
        }

        var reread = (await Api.GetProfileAsync("alice", bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;
        Assert.That(reread.Bool("following"), Is.False, "the follow was removed");
    }

    [Test]
    public async Task Unfollow_of_someone_not_followed_is_idempotent()
    {
        await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");

        var response = await Api.UnfollowAsync("alice", bob.AccessToken);

        Assert.That(response.ShouldHaveStatus(HttpStatusCode.OK).Profile.Bool("following"), Is.False);
    }

    [Test]
    public async Task Parallel_follows_and_then_parallel_unfollows_of_one_user_all_succeed()
    {
        await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");

        var follows = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.FollowAsync("alice", bob.AccessToken)));
        var afterFollows = (await Api.GetProfileAsync("alice", bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;
        var unfollows = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.UnfollowAsync("alice", bob.AccessToken)));
        var afterUnfollows = (await Api.GetProfileAsync("alice", bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(follows.Select(response => (int)response.StatusCode), Is.All.EqualTo(200));
            Assert.That(unfollows.Select(response => (int)response.StatusCode), Is.All.EqualTo(200));
            Assert.That(afterFollows.Bool("following"), Is.True);
            Assert.That(afterUnfollows.Bool("following"), Is.False);
        }
    }

    [Test]
    public async Task Following_one_user_does_not_make_a_third_user_follow_them()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        await Api.FollowNewAsync(bob, alice);

        var asCarol = (await Api.GetProfileAsync("alice", carol.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;
        var bobAsAlice = (await Api.GetProfileAsync("bob", alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asCarol.Bool("following"), Is.False, "carol follows no one");
            Assert.That(bobAsAlice.Bool("following"), Is.False, "a follow is one-way");
        }
    }

    [Test]
    public async Task Follow_yourself_returns_422_profile()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.FollowAsync("alice", alice.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { "profile" }), response.Body);
    }

    [TestCase(true, TestName = "Follow_without_a_token_returns_401")]
    [TestCase(false, TestName = "Unfollow_without_a_token_returns_401")]
    public async Task Follow_or_unfollow_without_a_token_returns_401(bool follow)
    {
        await TestUsers.CreateAsync("alice");

        var response = follow ? await Api.FollowAsync("alice", token: null) : await Api.UnfollowAsync("alice", token: null);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [Test]
    public async Task Follow_with_a_malformed_token_returns_401()
    {
        await TestUsers.CreateAsync("alice");

        var response = await Api.FollowAsync("alice", "not-a-jwt");

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [TestCase(true, TestName = "Follow_of_an_unknown_user_returns_404_profile")]
    [TestCase(false, TestName = "Unfollow_of_an_unknown_user_returns_404_profile")]
    public async Task Follow_or_unfollow_of_an_unknown_user_returns_404_profile(bool follow)
    {
        var bob = await TestUsers.CreateAsync("bob");

        var response = follow ? await Api.FollowAsync("nobody", bob.AccessToken) : await Api.UnfollowAsync("nobody", bob.AccessToken);

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("profile", "not found"));
    }
}
