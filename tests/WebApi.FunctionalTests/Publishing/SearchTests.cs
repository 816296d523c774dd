using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.CursorPaging;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

/// <summary>GET /api/articles?q=: full-text search over title, description and body, ranked, then newest first.</summary>
public sealed class SearchTests : ApiTestBase
{
    [Test]
    public async Task Search_finds_a_word_in_the_title_the_description_or_the_body()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var inTitle = await Api.PublishAsync(alice, "Zeppelin voyages", "About airships", "Nothing else");
        var inDescription = await Api.PublishAsync(alice, "Airships", "A zeppelin story", "Nothing else");
        var inBody = await Api.PublishAsync(alice, "Balloons", "About balloons", "Once I saw a zeppelin");
        await Api.PublishAsync(alice, "Submarines", "About submarines", "Deep under water");

        var response = (await Api.ListArticlesAsync("?q=zeppelin")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ArticleSlugs, Is.EquivalentTo(new[] { inTitle, inDescription, inBody }.Select(article => article.String("slug"))));
            Assert.That(response.ArticlesCount, Is.EqualTo(3));
        }

        foreach (var article in response.Articles)
        {
            article.ShouldBeArticleSummary();
        }
    }

    [Test]
    public async Task Search_ranks_a_title_match_above_a_description_match_above_a_body_only_match()
    {
        var alice = await TestUsers.CreateAsync("alice");

        // Published title match first, so newest-first alone would put it last.
        var inTitle = await Api.PublishSlugAsync(alice, "Zeppelin voyages");
        var inDescription = (await Api.PublishAsync(alice, "Airships", "A zeppelin story")).String("slug");
        var inBody = (await Api.PublishAsync(alice, "Balloons", body: "Once I saw a zeppelin")).String("slug");

        var response = (await Api.ListArticlesAsync("?q=zeppelin")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { inTitle, inDescription, inBody }));
    }

    [Test]
    public async Task Search_breaks_rank_ties_newest_first()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var older = await Api.PublishSlugAsync(alice, "Zeppelin one");
        var newer = await Api.PublishSlugAsync(alice, "Zeppelin two");

        var response = (await Api.ListArticlesAsync("?q=zeppelin")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { newer, older }));
    }

    [Test]
    public async Task Search_matches_word_forms()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = (await Api.PublishAsync(alice, "Training", body: "She trained her dragons daily")).String("slug");

        var response = (await Api.ListArticlesAsync("?q=dragon%20training")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { slug }));
    }

    [Test]
    public async Task Search_without_a_match_returns_no_articles_and_a_zero_count()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 2);

        var response = (await Api.ListArticlesAsync("?q=zeppelin")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Articles, Is.Empty);
            Assert.That(response.ArticlesCount, Is.Zero);
            Assert.That(response.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task Search_combines_with_the_tag_filter()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var tagged = await Api.PublishSlugAsync(alice, "Zeppelin history", "history");
        await Api.PublishSlugAsync(alice, "Zeppelin future", "future");
        await Api.PublishSlugAsync(alice, "Submarine history", "history");

        var response = (await Api.ListArticlesAsync("?q=zeppelin&tag=history")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { tagged }));
            Assert.That(response.ArticlesCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Search_combines_with_the_author_and_favorited_filters()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var byAlice = await Api.PublishSlugAsync(alice, "Zeppelin by alice");
        var byBob = await Api.PublishSlugAsync(bob, "Zeppelin by bob");
        await Api.PublishSlugAsync(alice, "Submarine by alice");
        (await Api.FavoriteAsync(byBob, alice.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var byAuthor = (await Api.ListArticlesAsync("?q=zeppelin&author=alice")).ShouldHaveStatus(HttpStatusCode.OK);
        var byFavorite = (await Api.ListArticlesAsync("?q=zeppelin&favorited=alice")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byAuthor.ArticleSlugs, Is.EqualTo(new[] { byAlice }));
            Assert.That(byAuthor.ArticlesCount, Is.EqualTo(1));
            Assert.That(byFavorite.ArticleSlugs, Is.EqualTo(new[] { byBob }));
            Assert.That(byFavorite.ArticlesCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Search_counts_every_match_and_honours_limit_and_offset()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 5, "Zeppelin");
        await Api.PublishManyAsync(alice, 2, "Submarine");

        var all = (await Api.ListArticlesAsync("?q=zeppelin")).ShouldHaveStatus(HttpStatusCode.OK);
        var page = (await Api.ListArticlesAsync("?q=zeppelin&limit=2&offset=1")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.ArticlesCount, Is.EqualTo(5));
            Assert.That(page.ArticlesCount, Is.EqualTo(5), "the total, not the page size");
            Assert.That(page.ArticleSlugs, Is.EqualTo(all.ArticleSlugs.Skip(1).Take(2)));
        }
    }

    [Test]
    public async Task Walking_search_results_with_cursors_visits_every_match_once_in_ranked_order()
    {
        var alice = await TestUsers.CreateAsync("alice");

        // Different ranks (title, description, body matches, and a double mention) with ties inside each group.
        await Api.PublishAsync(alice, "Zeppelin alpha");
        await Api.PublishAsync(alice, "Airship alpha", "zeppelin in the description");
        await Api.PublishAsync(alice, "Balloon alpha", body: "zeppelin in the body");
        await Api.PublishAsync(alice, "Zeppelin beta");
        await Api.PublishAsync(alice, "Airship beta", "zeppelin in the description");
        await Api.PublishAsync(alice, "Balloon beta", body: "zeppelin in the body");
        await Api.PublishAsync(alice, "Zeppelin gamma", "zeppelin twice", "and a zeppelin in the body too");
        await Api.PublishAsync(alice, "Submarine", body: "no match here");

        var onePage = (await Api.ListArticlesAsync("?q=zeppelin&limit=100")).ShouldHaveStatus(HttpStatusCode.OK);
        var pages = await WalkAsync(cursor => Api.ListArticlesAsync($"?q=zeppelin&limit=2{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.ArticleSlugs).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onePage.ArticleSlugs, Has.Count.EqualTo(7), "precondition");
            Assert.That(onePage.ArticleSlugs[0], Is.EqualTo("zeppelin-gamma"), "the most mentions rank first");
            Assert.That(walked, Is.Unique);
            Assert.That(walked, Is.EqualTo(onePage.ArticleSlugs));
            Assert.That(pages.Select(page => page.ArticlesCount), Is.All.EqualTo(7));
            Assert.That(pages[^1].NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task A_tampered_search_cursor_is_refused_with_422_cursor()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 3, "Zeppelin");
        var cursor = (await Api.ListArticlesAsync("?q=zeppelin&limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor!;
        Assert.That(cursor, Is.Not.Null, "precondition");

        for (var position = 0; position < cursor.Length - 1; position++)
        {
            var response = await Api.ListArticlesAsync($"?q=zeppelin&limit=1{CursorParameter(Tamper(cursor, position))}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), $"position {position}: {response.Body}");
        }
    }

    [Test]
    public async Task A_cursor_from_the_plain_list_is_refused_for_a_search_and_the_other_way_round()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 3, "Zeppelin");
        var listCursor = (await Api.ListArticlesAsync("?limit=1&author=alice")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor!;
        var searchCursor = (await Api.ListArticlesAsync("?q=zeppelin&limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor!;

        (await Api.ListArticlesAsync($"?q=zeppelin&limit=1{CursorParameter(listCursor)}"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, ProblemAssertions.Error("cursor", "does not belong to this list"));
        (await Api.ListArticlesAsync($"?limit=1{CursorParameter(searchCursor)}"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, ProblemAssertions.Error("cursor", "does not belong to this list"));
    }

    [Test]
    public async Task Search_with_operators_and_punctuation_is_not_an_error()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Zeppelin voyages");

        foreach (var q in new[] { "\"zeppelin voyages\"", "zeppelin -submarine", "zeppelin or airship", "(zeppelin & !)", "' ; drop table" })
        {
            var response = await Api.ListArticlesAsync($"?q={Uri.EscapeDataString(q)}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"q={q}: {response.Body}");
        }

        var phrase = (await Api.ListArticlesAsync($"?q={Uri.EscapeDataString("\"zeppelin voyages\"")}")).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(phrase.ArticleSlugs, Is.EqualTo(new[] { slug }));
    }

    [Test]
    public async Task Search_terms_longer_than_200_characters_return_422_q()
    {
        var response = await Api.ListArticlesAsync($"?q={new string('z', 201)}");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("q", "is too long (maximum is 200 characters)"));
    }
}
