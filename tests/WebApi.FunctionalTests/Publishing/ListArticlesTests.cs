using System.Net;
using System.Text.Json;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class ListArticlesTests : ApiTestBase
{
    [Test]
    public async Task List_returns_200_with_articles_count_and_next_cursor_and_items_without_body()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishSlugAsync(alice, "First", "t");
        await Api.PublishSlugAsync(alice, "Second");

        var response = await Api.ListArticlesAsync();

        response.ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Json.Keys(), Is.EquivalentTo(new[] { "articles", "articlesCount", "nextCursor" }));
            Assert.That(response.ArticlesCount, Is.EqualTo(2));
            Assert.That(response.NextCursor, Is.Null, "everything fits on the first page");
            Assert.That(response.Articles, Has.Count.EqualTo(2));
        }

        foreach (var article in response.Articles)
        {
            article.ShouldBeArticleSummary();
            article.Object("author").ShouldHaveNullBioAndImage();
        }
    }

    [Test]
    public async Task List_of_an_empty_site_returns_no_articles_a_zero_count_and_no_cursor()
    {
        var response = await Api.ListArticlesAsync();

        response.ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Articles, Is.Empty);
            Assert.That(response.ArticlesCount, Is.Zero);
            Assert.That(response.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task List_is_newest_first()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var first = await Api.PublishSlugAsync(alice, "First");
        var second = await Api.PublishSlugAsync(bob, "Second");
        var third = await Api.PublishSlugAsync(alice, "Third");

        var response = (await Api.ListArticlesAsync()).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { third, second, first }));
        var createdAt = response.Articles.Select(article => article.ShouldBeTimestamp("createdAt")).ToList();
        Assert.That(createdAt, Is.Ordered.Descending);
    }

    [Test]
    public async Task List_orders_by_creation_not_by_last_update()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var older = await Api.PublishSlugAsync(alice, "Older");
        var newer = await Api.PublishSlugAsync(alice, "Newer");
        (await Api.UpdateArticleAsync(older, alice.AccessToken, new { body = "Edited later" })).ShouldHaveStatus(HttpStatusCode.OK);

        var response = (await Api.ListArticlesAsync()).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { newer, older }));
    }

    [Test]
    public async Task List_articlesCount_is_the_total_not_the_page_size()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 5);

        var response = (await Api.ListArticlesAsync("?limit=2")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Articles, Has.Count.EqualTo(2));
            Assert.That(response.ArticlesCount, Is.EqualTo(5));
            Assert.That(response.NextCursor, Is.Not.Null, "there are more pages");
        }
    }

    [Test]
    public async Task List_honours_limit_and_offset()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var newestFirst = (await Api.PublishManyAsync(alice, 5)).AsEnumerable().Reverse().ToList();

        var page = (await Api.ListArticlesAsync("?limit=2&offset=1")).ShouldHaveStatus(HttpStatusCode.OK);
        var lastPage = (await Api.ListArticlesAsync("?limit=2&offset=4")).ShouldHaveStatus(HttpStatusCode.OK);
        var beyond = (await Api.ListArticlesAsync("?limit=2&offset=10")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ArticleSlugs, Is.EqualTo(newestFirst.Skip(1).Take(2)));
            Assert.That(page.ArticlesCount, Is.EqualTo(5));
            Assert.That(lastPage.ArticleSlugs, Is.EqualTo(newestFirst.Skip(4)));
            Assert.That(lastPage.NextCursor, Is.Null, "nothing after the last page");
            Assert.That(beyond.Articles, Is.Empty);
            Assert.That(beyond.ArticlesCount, Is.EqualTo(5));
        }
    }

    [Test]
    public async Task List_returns_20_articles_by_default()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Database.SeedArticlesAsync(alice, 21, "seeded");

        var response = (await Api.ListArticlesAsync()).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Articles, Has.Count.EqualTo(20));
            Assert.That(response.ArticlesCount, Is.EqualTo(21));
            Assert.That(response.ArticleSlugs[0], Is.EqualTo("seeded-1"), "the newest first");
        }
    }

    [Test]
    public async Task List_caps_the_limit_at_100()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Database.SeedArticlesAsync(alice, 101, "seeded");

        var response = (await Api.ListArticlesAsync("?limit=500")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Articles, Has.Count.EqualTo(100));
            Assert.That(response.ArticlesCount, Is.EqualTo(101));
            Assert.That(response.NextCursor, Is.Not.Null);
        }
    }

    [Test]
    public async Task List_accepts_a_limit_above_the_cap()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 3);

        var response = await Api.ListArticlesAsync("?limit=500");

        Assert.That(response.ShouldHaveStatus(HttpStatusCode.OK).Articles, Has.Count.EqualTo(3));
    }

    [TestCase("?limit=-1", "limit")]
    [TestCase("?offset=-1", "offset")]
    [TestCase("?limit=abc", "limit")]
    [TestCase("?offset=abc", "offset")]
    [TestCase("?limit=1.5", "limit")]
    [TestCase("?limit=99999999999", "limit")]
    public async Task List_with_a_negative_or_non_numeric_limit_or_offset_returns_422_naming_it(string query, string field)
    {
        var response = await Api.ListArticlesAsync(query);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { field }), response.Body);
    }

    [Test]
    public async Task List_filters_by_tag_whatever_its_case()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var dragons = await Api.PublishSlugAsync(alice, "Dragons", "dragons", "fantasy");
        await Api.PublishSlugAsync(alice, "Unicorns", "unicorns", "fantasy");
        var moreDragons = await Api.PublishSlugAsync(alice, "More dragons", "dragons");

        var exact = (await Api.ListArticlesAsync("?tag=dragons")).ShouldHaveStatus(HttpStatusCode.OK);
        var shouted = (await Api.ListArticlesAsync("?tag=DRAGONS")).ShouldHaveStatus(HttpStatusCode.OK);
        var unknown = (await Api.ListArticlesAsync("?tag=griffins")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exact.ArticleSlugs, Is.EqualTo(new[] { moreDragons, dragons }));
            Assert.That(exact.ArticlesCount, Is.EqualTo(2));
            Assert.That(shouted.ArticleSlugs, Is.EqualTo(new[] { moreDragons, dragons }));
            Assert.That(unknown.Articles, Is.Empty);
            Assert.That(unknown.ArticlesCount, Is.Zero);
        }

        Assert.That(exact.Articles[1].Strings("tagList"), Is.EqualTo(new[] { "dragons", "fantasy" }), "an item shows all its tags, not just the filtered one");
    }

    [Test]
    public async Task List_filters_by_author()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var byAlice = await Api.PublishSlugAsync(alice, "By alice");
        await Api.PublishSlugAsync(bob, "By bob");
        var alsoByAlice = await Api.PublishSlugAsync(alice, "Also by alice");

        var response = (await Api.ListArticlesAsync("?author=alice")).ShouldHaveStatus(HttpStatusCode.OK);
        var shouted = (await Api.ListArticlesAsync("?author=ALICE")).ShouldHaveStatus(HttpStatusCode.OK);
        var unknown = (await Api.ListArticlesAsync("?author=nobody")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { alsoByAlice, byAlice }));
            Assert.That(response.ArticlesCount, Is.EqualTo(2));
            Assert.That(response.Articles.Select(article => article.Object("author").String("username")), Is.All.EqualTo("alice"));
            Assert.That(shouted.ArticleSlugs, Is.EqualTo(new[] { alsoByAlice, byAlice }), "usernames match whatever their case");
            Assert.That(unknown.Articles, Is.Empty);
            Assert.That(unknown.ArticlesCount, Is.Zero);
        }
    }

    [Test]
    public async Task List_filters_by_the_user_who_favorited()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var liked = await Api.PublishSlugAsync(alice, "Liked");
        await Api.PublishSlugAsync(alice, "Ignored");
        (await Api.FavoriteAsync(liked, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var response = (await Api.ListArticlesAsync("?favorited=bob")).ShouldHaveStatus(HttpStatusCode.OK);
        var none = (await Api.ListArticlesAsync("?favorited=alice")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { liked }));
            Assert.That(response.ArticlesCount, Is.EqualTo(1));
            Assert.That(response.Articles[0].Int("favoritesCount"), Is.EqualTo(1));
            Assert.That(response.Articles[0].Bool("favorited"), Is.False, "favorited is the caller's view, and the caller is anonymous");
            Assert.That(none.Articles, Is.Empty);
            Assert.That(none.ArticlesCount, Is.Zero);
        }
    }

    [Test]
    public async Task List_combines_filters_and_counts_only_what_matches_all_of_them()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var match = await Api.PublishSlugAsync(alice, "Match", "news");
        await Api.PublishSlugAsync(alice, "Wrong tag", "sports");
        var wrongAuthor = await Api.PublishSlugAsync(bob, "Wrong author", "news");
        await Api.PublishSlugAsync(alice, "Not favorited", "news");
        (await Api.FavoriteAsync(match, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.FavoriteAsync(wrongAuthor, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var response = (await Api.ListArticlesAsync("?tag=news&author=alice&favorited=bob")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { match }));
            Assert.That(response.ArticlesCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task List_shows_favorited_and_following_from_the_callers_point_of_view()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        var byAlice = await Api.PublishSlugAsync(alice, "By alice");
        var byCarol = await Api.PublishSlugAsync(carol, "By carol");
        await Api.FollowNewAsync(bob, alice);
        (await Api.FavoriteAsync(byCarol, bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var asBob = BySlug((await Api.ListArticlesAsync(token: bob.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK));
        var asAnonymous = BySlug((await Api.ListArticlesAsync()).ShouldHaveStatus(HttpStatusCode.OK));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asBob[byAlice].Object("author").Bool("following"), Is.True);
            Assert.That(asBob[byAlice].Bool("favorited"), Is.False);
            Assert.That(asBob[byCarol].Object("author").Bool("following"), Is.False);
            Assert.That(asBob[byCarol].Bool("favorited"), Is.True);
            Assert.That(asBob[byCarol].Int("favoritesCount"), Is.EqualTo(1));
            foreach (var article in asAnonymous.Values)
            {
                Assert.That(article.Bool("favorited"), Is.False, "anonymous");
                Assert.That(article.Object("author").Bool("following"), Is.False, "anonymous");
            }

            Assert.That(asAnonymous[byCarol].Int("favoritesCount"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task List_with_blank_filters_ignores_them()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 2);

        var response = (await Api.ListArticlesAsync("?tag=&author=%20&favorited=&q=")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(response.ArticlesCount, Is.EqualTo(2));
    }

    private static Dictionary<string, JsonElement> BySlug(ApiResponse list) =>
        list.Articles.ToDictionary(article => article.String("slug"));
}
