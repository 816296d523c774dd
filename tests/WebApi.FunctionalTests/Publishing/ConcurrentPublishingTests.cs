using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

/// <summary>Tags are created on first use and slugs must stay unique, also when requests race.</summary>
public sealed class ConcurrentPublishingTests : ApiTestBase
{
    private const int Requests = 8;

    [Test]
    public async Task Parallel_articles_introducing_the_same_new_tags_all_succeed_and_share_the_tags()
    {
        var authors = await TestUsers.CreateManyAsync("author", Requests);

        var responses = await Task.WhenAll(authors.Select((author, index) => Api.CreateArticleAsync(author.AccessToken, new
        {
            title = $"Article {index}",
            description = "d",
            body = "b",
            tagList = new[] { "brand-new", "also-new", $"own-{index}" },
        })));

        var statuses = responses.Select(response => (int)response.StatusCode).ToList();
        Assert.That(statuses, Is.All.EqualTo((int)HttpStatusCode.Created), string.Join(", ", statuses));
        var tags = (await Api.ListTagsAsync()).ShouldHaveStatus(HttpStatusCode.OK).Json.Strings("tags");
        var tagged = (await Api.ListArticlesAsync("?tag=brand-new&limit=100")).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tags.Count(tag => tag == "brand-new"), Is.EqualTo(1), "one tag, however many racers created it");
            Assert.That(tags, Has.Count.EqualTo(2 + Requests));
            Assert.That(tagged.ArticlesCount, Is.EqualTo(Requests), "the tag filter finds every article");
            Assert.That(tagged.Articles, Has.Count.EqualTo(Requests));
        }
    }

    [Test]
    public async Task Parallel_articles_with_the_same_title_never_share_a_slug_and_never_fail_with_5xx()
    {
        var authors = await TestUsers.CreateManyAsync("author", Requests);

        var responses = await Task.WhenAll(authors.Select(author => Api.CreateArticleAsync(author.AccessToken, new
        {
            title = "Contested title",
            description = "d",
            body = "b",
        })));

        // Two requests can both find "contested-title" free; the unique index then settles it, and
        // the loser is told so with a 409 on slug instead of a 500.
        var created = responses.Where(response => response.StatusCode == HttpStatusCode.Created).ToList();
        foreach (var loser in responses.Where(response => response.StatusCode != HttpStatusCode.Created))
        {
            loser.ShouldBeProblem(HttpStatusCode.Conflict, ProblemAssertions.Error("slug", "has already been taken"));
        }

        var slugs = created.Select(response => response.Article.String("slug")).ToList();
        var list = (await Api.ListArticlesAsync("?limit=100")).ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.Not.Empty);
            Assert.That(slugs, Is.Unique);
            Assert.That(list.ArticlesCount, Is.EqualTo(created.Count), "exactly the articles reported as created exist");
        }
    }
}
