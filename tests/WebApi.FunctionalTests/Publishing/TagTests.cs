using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class TagTests : ApiTestBase
{
    [Test]
    public async Task Tags_of_an_empty_site_is_an_empty_list()
    {
        var response = await Api.ListTagsAsync();

        response.ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "tags" }));
            Assert.That(response.Json.Strings("tags"), Is.Empty);
        }
    }

    [Test]
    public async Task Tags_lists_every_tag_in_use_once_normalised_and_alphabetically()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        await Api.PublishAsync(alice, "One", tagList: ["Zebra", "apple"]);
        await Api.PublishAsync(bob, "Two", tagList: [" APPLE ", "mango"]);
        await Api.PublishAsync(bob, "Three");

        var response = await Api.ListTagsAsync();

        Assert.That(response.ShouldHaveStatus(HttpStatusCode.OK).Json.Strings("tags"), Is.EqualTo(new[] { "apple", "mango", "zebra" }));
    }

    [Test]
    public async Task Tags_no_article_uses_any_more_are_not_listed()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Retagged", "old", "kept");

        (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { tagList = new[] { "kept", "new" } })).ShouldHaveStatus(HttpStatusCode.OK);

        var tags = (await Api.ListTagsAsync()).ShouldHaveStatus(HttpStatusCode.OK).Json.Strings("tags");
        Assert.That(tags, Is.EqualTo(new[] { "kept", "new" }));
    }

    [Test]
    public async Task Tags_need_no_token_and_ignore_one()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishSlugAsync(alice, "Tagged", "public");

        var response = await Api.SendAsync(HttpMethod.Get, "/api/tags", alice.AccessToken);

        Assert.That(response.ShouldHaveStatus(HttpStatusCode.OK).Json.Strings("tags"), Is.EqualTo(new[] { "public" }));
    }
}
