using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Social;

public sealed class ProfileTests : ApiTestBase
{
    [Test]
    public async Task Get_profile_anonymously_returns_200_with_exactly_the_profile_members_and_following_false()
    {
        await TestUsers.CreateAsync("alice");

        var response = await Api.GetProfileAsync("alice");

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "profile" }), "the envelope holds only the profile");
        var profile = response.Profile.ShouldBeProfile();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.String("username"), Is.EqualTo("alice"));
            Assert.That(profile.Bool("following"), Is.False);
        }

        profile.ShouldHaveNullBioAndImage();
    }

    [Test]
    public async Task Get_profile_shows_the_bio_and_image_the_user_set()
    {
        var alice = await TestUsers.CreateAsync("alice");
        (await Api.UpdateCurrentUserAsync(alice.AccessToken, new { bio = "Writes tests", image = "https://example.com/alice.png" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var profile = (await Api.GetProfileAsync("alice")).ShouldHaveStatus(HttpStatusCode.OK).Profile.ShouldBeProfile();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.String("bio"), Is.EqualTo("Writes tests"));
            Assert.That(profile.String("image"), Is.EqualTo("https://example.com/alice.png"));
        }
    }

    [Test]
    public async Task Get_profile_is_from_the_callers_point_of_view()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        await Api.FollowNewAsync(bob, alice);

        var asFollower = (await Api.GetProfileAsync("alice", bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;
        var asStranger = (await Api.GetProfileAsync("alice", carol.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;
        var asAnonymous = (await Api.GetProfileAsync("alice")).ShouldHaveStatus(HttpStatusCode.OK).Profile;
        var asHerself = (await Api.GetProfileAsync("alice", alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Profile;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asFollower.Bool("following"), Is.True, "bob follows alice");
            Assert.That(asStranger.Bool("following"), Is.False, "carol does not");
            Assert.That(asAnonymous.Bool("following"), Is.False, "anonymous callers follow no one");
            Assert.That(asHerself.Bool("following"), Is.False, "alice does not follow herself");
        }
    }

    [Test]
    public async Task Get_profile_finds_the_user_whatever_the_case_of_the_username()
    {
        await TestUsers.CreateAsync("alice");

        var response = await Api.GetProfileAsync("ALICE");

        Assert.That(response.ShouldHaveStatus(HttpStatusCode.OK).Profile.String("username"), Is.EqualTo("alice"));
    }

    [Test]
    public async Task Get_profile_of_an_unknown_user_returns_404_profile()
    {
        var response = await Api.GetProfileAsync("nobody");

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("profile", "not found"));
    }
}
