using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.CursorPaging;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

/// <summary>Keyset pagination of the article list and the feed: follow nextCursor from the first page to the last.</summary>
public sealed class ArticleCursorPaginationTests : ApiTestBase
{
    [Test]
    public async Task Walking_the_list_with_cursors_visits_every_article_once_in_the_order_of_one_big_page()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        for (var index = 1; index <= 10; index++)
        {
            await Api.PublishSlugAsync(index % 3 == 0 ? bob : alice, $"Article {index}");
        }

        var onePage = (await Api.ListArticlesAsync("?limit=100")).ShouldHaveStatus(HttpStatusCode.OK);
        var pages = await WalkAsync(cursor => Api.ListArticlesAsync($"?limit=3{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.ArticleSlugs).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onePage.ArticleSlugs, Has.Count.EqualTo(10), "precondition: one page holds everything");
            Assert.That(walked, Is.Unique, "no article is shown twice");
            Assert.That(walked, Is.EqualTo(onePage.ArticleSlugs), "every article, in the same order");
            Assert.That(pages.Select(page => page.Articles.Count), Is.EqualTo(new[] { 3, 3, 3, 1 }));
            Assert.That(pages.Select(page => page.ArticlesCount), Is.All.EqualTo(10), "every page reports the total");
            Assert.That(pages[^1].NextCursor, Is.Null, "the last page has no next cursor");
        }

        foreach (var article in pages.SelectMany(page => page.Articles))
        {
            article.ShouldBeArticleSummary();
        }
    }

    [Test]
    public async Task Walking_a_filtered_list_with_cursors_stays_within_the_filter()
    {
        var alice = await TestUsers.CreateAsync("alice");
        for (var index = 1; index <= 9; index++)
        {
            await Api.PublishSlugAsync(alice, $"Article {index}", index % 2 == 0 ? "even" : "odd");
        }

        var onePage = (await Api.ListArticlesAsync("?tag=odd&limit=100")).ShouldHaveStatus(HttpStatusCode.OK);
        var pages = await WalkAsync(cursor => Api.ListArticlesAsync($"?tag=odd&limit=2{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.ArticleSlugs).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(walked, Is.EqualTo(onePage.ArticleSlugs));
            Assert.That(walked, Has.Count.EqualTo(5));
            Assert.That(pages.SelectMany(page => page.Articles).Select(article => article.Strings("tagList").Single()), Is.All.EqualTo("odd"));
            Assert.That(pages.Select(page => page.ArticlesCount), Is.All.EqualTo(5));
        }
    }

    [Test]
    public async Task An_exact_multiple_of_the_limit_ends_with_a_null_cursor_and_no_empty_page()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 6);

        var pages = await WalkAsync(cursor => Api.ListArticlesAsync($"?limit=3{CursorParameter(cursor)}"));

        Assert.That(pages.Select(page => page.Articles.Count), Is.EqualTo(new[] { 3, 3 }));
    }

    [Test]
    public async Task A_cursor_keeps_its_place_when_newer_articles_are_published_meanwhile()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var newestFirst = (await Api.PublishManyAsync(alice, 6)).Reverse().ToList();
        var first = (await Api.ListArticlesAsync("?limit=3")).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.PublishSlugAsync(alice, "Published while reading");

        var second = (await Api.ListArticlesAsync($"?limit=3{CursorParameter(first.NextCursor)}")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ArticleSlugs, Is.EqualTo(newestFirst.Take(3)));
            Assert.That(second.ArticleSlugs, Is.EqualTo(newestFirst.Skip(3)), "no article repeated or skipped");
            Assert.That(second.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task Walking_articles_that_share_one_createdAt_still_visits_each_once()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Database.SeedArticlesAsync(alice, 7, "simultaneous", TimeSpan.Zero);

        var onePage = (await Api.ListArticlesAsync("?limit=100")).ShouldHaveStatus(HttpStatusCode.OK);
        var pages = await WalkAsync(cursor => Api.ListArticlesAsync($"?limit=2{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.ArticleSlugs).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onePage.Articles.Select(article => article.String("createdAt")).Distinct().Count(), Is.EqualTo(1), "precondition: one timestamp");
            Assert.That(walked, Is.Unique);
            Assert.That(walked, Is.EquivalentTo(Enumerable.Range(1, 7).Select(index => $"simultaneous-{index}")));
            Assert.That(walked, Is.EqualTo(onePage.ArticleSlugs), "ties are broken the same way on every page");
        }
    }

    [Test]
    public async Task Walking_the_feed_with_cursors_visits_every_followed_article_once_in_order()
    {
        var reader = await TestUsers.CreateAsync("reader");
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        await Api.FollowNewAsync(reader, alice);
        await Api.FollowNewAsync(reader, bob);
        var followed = new List<string>();
        for (var index = 1; index <= 12; index++)
        {
            var author = (index % 3) switch { 0 => carol, 1 => alice, _ => bob };
            var slug = await Api.PublishSlugAsync(author, $"Article {index}");
            if (author != carol)
            {
                followed.Add(slug);
            }
        }

        var onePage = (await Api.FeedAsync(reader.AccessToken, "?limit=100")).ShouldHaveStatus(HttpStatusCode.OK);
        var pages = await WalkAsync(cursor => Api.FeedAsync(reader.AccessToken, $"?limit=3{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.ArticleSlugs).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(walked, Is.Unique);
            Assert.That(walked, Is.EqualTo(onePage.ArticleSlugs));
            Assert.That(walked, Is.EqualTo(followed.AsEnumerable().Reverse()), "only followed authors, newest first");
            Assert.That(pages.Select(page => page.ArticlesCount), Is.All.EqualTo(8));
            Assert.That(pages.SelectMany(page => page.Articles).Select(article => article.Object("author").Bool("following")), Is.All.True);
            Assert.That(pages[^1].NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task A_cursor_with_any_one_character_changed_is_refused_with_422_cursor()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 3);
        var cursor = (await Api.ListArticlesAsync("?limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor!;
        Assert.That(cursor, Is.Not.Null, "precondition: the first page has a next cursor");

        // The last character may only carry Base64 padding bits, which decode to the same bytes.
        for (var position = 0; position < cursor.Length - 1; position++)
        {
            var tampered = Tamper(cursor, position);
            var response = await Api.ListArticlesAsync($"?limit=1{CursorParameter(tampered)}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), $"position {position}: {tampered} gave {response.Body}");
            response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
        }
    }

    [TestCase("garbage")]
    [TestCase("not a cursor at all")]
    [TestCase("AAAA")]
    [TestCase("%00%01")]
    [TestCase("eyJjcmVhdGVkQXQiOiIyMDI2LTAxLTAxIn0")]
    public async Task A_garbage_cursor_is_refused_with_422_cursor_not_500(string cursor)
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 2);

        var list = await Api.ListArticlesAsync($"?cursor={cursor}");
        var feed = await Api.FeedAsync(alice.AccessToken, $"?cursor={cursor}");

        list.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
        feed.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
    }

    [Test]
    public async Task A_very_long_cursor_is_refused_with_422_cursor()
    {
        var response = await Api.ListArticlesAsync($"?cursor={new string('A', 5000)}");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
    }

    [Test]
    public async Task A_comments_cursor_is_no_good_for_the_article_list()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discussed");
        await Api.CommentAsync(slug, alice, "One");
        await Api.CommentAsync(slug, alice, "Two");
        var commentsCursor = (await Api.ListCommentsAsync(slug, "?limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor;
        Assert.That(commentsCursor, Is.Not.Null, "precondition");

        var response = await Api.ListArticlesAsync($"?limit=1{CursorParameter(commentsCursor)}");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
    }

    [Test]
    public async Task A_cursor_with_a_positive_offset_is_refused_with_422_offset()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 3);
        var cursor = (await Api.ListArticlesAsync("?limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor;

        var list = await Api.ListArticlesAsync($"?limit=1&offset=1{CursorParameter(cursor)}");
        var feed = await Api.FeedAsync(alice.AccessToken, $"?limit=1&offset=1{CursorParameter(cursor)}");

        list.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        feed.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(list.Errors.Keys, Is.EqualTo(new[] { "offset" }), list.Body);
        Assert.That(feed.Errors.Keys, Is.EqualTo(new[] { "offset" }), feed.Body);
    }

    [Test]
    public async Task A_cursor_with_offset_zero_is_accepted()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var newestFirst = (await Api.PublishManyAsync(alice, 3)).Reverse().ToList();
        var cursor = (await Api.ListArticlesAsync("?limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor;

        var response = await Api.ListArticlesAsync($"?limit=1&offset=0{CursorParameter(cursor)}");

        Assert.That(response.ShouldHaveStatus(HttpStatusCode.OK).ArticleSlugs, Is.EqualTo(newestFirst.Skip(1).Take(1)));
    }

    [Test]
    public async Task Walking_past_100_seeded_articles_with_the_largest_page_visits_them_all()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Database.SeedArticlesAsync(alice, 101, "seeded");

        var pages = await WalkAsync(cursor => Api.ListArticlesAsync($"?limit=500{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.ArticleSlugs).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.Select(page => page.Articles.Count), Is.EqualTo(new[] { 100, 1 }), "a limit above 100 is lowered to 100");
            Assert.That(walked, Is.EqualTo(Enumerable.Range(1, 101).Select(index => $"seeded-{index}")));
        }
    }
}
