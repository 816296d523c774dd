using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class UpdateArticleTests : ApiTestBase
{
    [Test]
    public async Task Update_of_the_body_changes_only_the_body()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var original = await Api.PublishAsync(alice, "Original title", "Original description", "Original body", ["x", "y"]);
        var slug = original.String("slug");

        var response = await Api.UpdateArticleAsync(slug, alice.AccessToken, new { body = "New body" });

        response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "article" }));
        var updated = response.Article.ShouldBeArticle();
        var reread = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        using (Assert.EnterMultipleScope())
        {
            foreach (var article in new[] { updated, reread })
            {
                Assert.That(article.String("body"), Is.EqualTo("New body"));
                Assert.That(article.String("slug"), Is.EqualTo(slug));
                Assert.That(article.String("title"), Is.EqualTo("Original title"));
                Assert.That(article.String("description"), Is.EqualTo("Original description"));
                Assert.That(article.Strings("tagList"), Is.EqualTo(new[] { "x", "y" }));
                Assert.That(article.String("createdAt"), Is.EqualTo(original.String("createdAt")));
            }
        }
    }

    [Test]
    public async Task Update_of_the_title_changes_the_slug_and_the_old_slug_stops_resolving()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var oldSlug = await Api.PublishSlugAsync(alice, "Old title");

        var response = await Api.UpdateArticleAsync(oldSlug, alice.AccessToken, new { title = "Brand new title" });

        var updated = response.ShouldHaveStatus(HttpStatusCode.OK).Article.ShouldBeArticle();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.String("title"), Is.EqualTo("Brand new title"));
            Assert.That(updated.String("slug"), Is.EqualTo("brand-new-title"));
        }

        (await Api.GetArticleAsync("brand-new-title")).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.GetArticleAsync(oldSlug)).ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }

    [Test]
    public async Task Update_to_the_same_title_keeps_the_slug()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Stable title");

        var updated = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { title = "Stable title" })).ShouldHaveStatus(HttpStatusCode.OK).Article;

        Assert.That(updated.String("slug"), Is.EqualTo(slug));
    }

    [Test]
    public async Task Update_of_the_title_that_keeps_the_same_slug_keeps_the_slug_without_a_suffix()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Quiet title");

        var updated = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { title = "QUIET TITLE!" })).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.String("slug"), Is.EqualTo("quiet-title"), "the article does not collide with itself");
            Assert.That(updated.String("title"), Is.EqualTo("QUIET TITLE!"));
        }
    }

    [Test]
    public async Task Update_to_a_title_another_article_has_gives_a_different_slug()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var taken = await Api.PublishSlugAsync(alice, "Popular title");
        var slug = await Api.PublishSlugAsync(alice, "Unpopular title");

        var updated = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { title = "Popular title" })).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.String("slug"), Does.Match("^popular-title-[0-9a-f]{8}$"));
            Assert.That(updated.String("title"), Is.EqualTo("Popular title"));
        }

        var other = (await Api.GetArticleAsync(taken)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        Assert.That(other.String("title"), Is.EqualTo("Popular title"), "the other article keeps its slug");
    }

    // The article is first moved an hour into the past, so "later" does not depend on the clock ticking between two requests.
    [TestCase("title", "A different title")]
    [TestCase("description", "A different description")]
    [TestCase("body", "A different body")]
    public async Task Update_keeps_createdAt_and_moves_updatedAt_forward(string field, string value)
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Aging article");
        await Database.BackdateArticleAsync(slug, TimeSpan.FromHours(1));
        var before = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;

        var response = await Api.UpdateArticleAsync(slug, alice.AccessToken, new Dictionary<string, string> { [field] = value });

        var after = response.ShouldHaveStatus(HttpStatusCode.OK).Article;
        var reread = (await Api.GetArticleAsync(after.String("slug"))).ShouldHaveStatus(HttpStatusCode.OK).Article;
        using (Assert.EnterMultipleScope())
        {
            foreach (var article in new[] { after, reread })
            {
                Assert.That(article.String("createdAt"), Is.EqualTo(before.String("createdAt")), "createdAt never changes");
                Assert.That(article.ShouldBeTimestamp("updatedAt"), Is.GreaterThan(before.ShouldBeTimestamp("updatedAt")), "updatedAt moved forward");
                Assert.That(article.String(field), Is.EqualTo(value));
            }
        }
    }

    [Test]
    public async Task Update_of_the_tags_moves_updatedAt_forward()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Retagged", "old");
        await Database.BackdateArticleAsync(slug, TimeSpan.FromHours(1));
        var before = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;

        var after = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { tagList = new[] { "new" } })).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.String("createdAt"), Is.EqualTo(before.String("createdAt")));
            Assert.That(after.ShouldBeTimestamp("updatedAt"), Is.GreaterThan(before.ShouldBeTimestamp("updatedAt")));
        }
    }

    [Test]
    public async Task Update_without_tagList_keeps_the_tags()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Tagged", "keep", "these");

        var updated = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { description = "Changed" })).ShouldHaveStatus(HttpStatusCode.OK).Article;

        Assert.That(updated.Strings("tagList"), Is.EqualTo(new[] { "keep", "these" }));
        var reread = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        Assert.That(reread.Strings("tagList"), Is.EqualTo(new[] { "keep", "these" }));
    }

    [Test]
    public async Task Update_with_an_empty_tagList_clears_the_tags()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Tagged", "drop", "these");

        var updated = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { tagList = Array.Empty<string>() })).ShouldHaveStatus(HttpStatusCode.OK).Article;

        Assert.That(updated.Strings("tagList"), Is.Empty);
        var reread = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        Assert.That(reread.Strings("tagList"), Is.Empty);
        Assert.That((await Api.ListArticlesAsync("?tag=drop")).ShouldHaveStatus(HttpStatusCode.OK).ArticlesCount, Is.Zero, "the tag filter no longer finds it");
    }

    [Test]
    public async Task Update_with_a_new_tagList_replaces_the_tags_normalised_and_sorted()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Tagged", "old");

        var updated = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { tagList = new[] { " Zulu", "alpha", "ALPHA" } }))
            .ShouldHaveStatus(HttpStatusCode.OK).Article;

        Assert.That(updated.Strings("tagList"), Is.EqualTo(new[] { "alpha", "zulu" }));
    }

    [Test]
    public async Task Update_with_a_null_tagList_returns_422_tagList_and_keeps_the_tags()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Tagged", "kept");

        var response = await Api.SendRawJsonAsync(HttpMethod.Put, $"/api/articles/{slug}", alice.AccessToken, """{"article":{"tagList":null}}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { "tagList" }), response.Body);
        var reread = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        Assert.That(reread.Strings("tagList"), Is.EqualTo(new[] { "kept" }));
    }

    [TestCase("title", "")]
    [TestCase("title", null)]
    [TestCase("description", "   ")]
    [TestCase("description", null)]
    [TestCase("body", "")]
    [TestCase("body", null)]
    public async Task Update_with_a_blank_field_returns_422_naming_it(string field, string? value)
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Untouchable");

        var response = await Api.UpdateArticleAsync(slug, alice.AccessToken, new Dictionary<string, string?> { [field] = value });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error(field, "can't be blank"));
        var reread = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        Assert.That(reread.String("title"), Is.EqualTo("Untouchable"), "nothing was changed");
    }

    [Test]
    public async Task Update_without_the_article_envelope_returns_422()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Enveloped");

        var response = await Api.SendRawJsonAsync(HttpMethod.Put, $"/api/articles/{slug}", alice.AccessToken, """{"title":"Elsewhere"}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("article", "can't be blank"));
    }

    [Test]
    public async Task Update_without_a_token_returns_401()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Protected");

        var response = await Api.UpdateArticleAsync(slug, token: null, new { body = "Hijacked" });

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [Test]
    public async Task Update_by_someone_other_than_the_author_returns_403_article_and_changes_nothing()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var original = await Api.PublishAsync(alice, "Alices article");
        var slug = original.String("slug");

        var response = await Api.UpdateArticleAsync(slug, bob.AccessToken, new { title = "Bobs now", body = "Hijacked" });

        response.ShouldBeProblem(HttpStatusCode.Forbidden, Error("article", "forbidden"));
        var reread = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
        Assert.That(reread.ToString(), Is.EqualTo(original.ToString()));
    }

    [Test]
    public async Task Update_of_an_unknown_slug_returns_404_article()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.UpdateArticleAsync("no-such-article", alice.AccessToken, new { body = "x" });

        response.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
    }

    [Test]
    public async Task Update_returns_the_callers_view_of_favorited()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Self favorite");
        (await Api.FavoriteAsync(slug, alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var updated = (await Api.UpdateArticleAsync(slug, alice.AccessToken, new { body = "Still mine" })).ShouldHaveStatus(HttpStatusCode.OK).Article;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.Bool("favorited"), Is.True);
            Assert.That(updated.Int("favoritesCount"), Is.EqualTo(1));
            Assert.That(updated.Object("author").String("username"), Is.EqualTo("alice"));
        }
    }
}
