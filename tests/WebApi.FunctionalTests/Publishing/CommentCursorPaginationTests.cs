using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.CursorPaging;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

/// <summary>Comments come newest first, all of them up to a page of 100; nextCursor pages further.</summary>
public sealed class CommentCursorPaginationTests : ApiTestBase
{
    [Test]
    public async Task Walking_the_comments_with_cursors_visits_every_comment_once_in_the_order_of_one_big_page()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var slug = await Api.PublishSlugAsync(alice, "Much discussed");
        var written = new List<long>();
        for (var index = 1; index <= 7; index++)
        {
            written.Add(await Api.CommentAsync(slug, index % 2 == 0 ? alice : bob, $"Comment {index}"));
        }

        var onePage = (await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);
        var pages = await WalkAsync(cursor => Api.ListCommentsAsync(slug, $"?limit=2{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.Comments).Select(comment => comment.Long("id")).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onePage.Comments.Select(comment => comment.Long("id")), Is.EqualTo(written.AsEnumerable().Reverse()), "newest first");
            Assert.That(onePage.NextCursor, Is.Null, "the default page holds all seven");
            Assert.That(walked, Is.Unique);
            Assert.That(walked, Is.EqualTo(onePage.Comments.Select(comment => comment.Long("id"))));
            Assert.That(pages.Select(page => page.Comments.Count), Is.EqualTo(new[] { 2, 2, 2, 1 }));
            Assert.That(pages[^1].NextCursor, Is.Null);
        }

        foreach (var comment in pages.SelectMany(page => page.Comments))
        {
            comment.ShouldBeComment();
        }
    }

    [Test]
    public async Task The_default_page_holds_100_comments_and_a_cursor_to_the_rest()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Viral");
        await Database.SeedCommentsAsync(slug, alice, 101);

        var first = (await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);
        var rest = (await Api.ListCommentsAsync(slug, $"?cursor={Uri.EscapeDataString(first.NextCursor!)}")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Comments, Has.Count.EqualTo(100));
            Assert.That(first.Comments[0].String("body"), Is.EqualTo("Seeded 1"), "newest first");
            Assert.That(first.NextCursor, Is.Not.Null);
            Assert.That(rest.Comments.Select(comment => comment.String("body")), Is.EqualTo(new[] { "Seeded 101" }));
            Assert.That(rest.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task Walking_comments_that_share_one_createdAt_still_visits_each_once()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Simultaneous");
        await Database.SeedCommentsAsync(slug, alice, 5, TimeSpan.Zero);

        var onePage = (await Api.ListCommentsAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK);
        var pages = await WalkAsync(cursor => Api.ListCommentsAsync(slug, $"?limit=2{CursorParameter(cursor)}"));

        var walked = pages.SelectMany(page => page.Comments).Select(comment => comment.Long("id")).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onePage.Comments.Select(comment => comment.String("createdAt")).Distinct().Count(), Is.EqualTo(1), "precondition: one timestamp");
            Assert.That(walked, Is.Unique);
            Assert.That(walked, Has.Count.EqualTo(5));
            Assert.That(walked, Is.EqualTo(onePage.Comments.Select(comment => comment.Long("id"))));
        }
    }

    [Test]
    public async Task Comments_honour_limit_and_offset()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discussed");
        var written = new List<long>();
        for (var index = 1; index <= 4; index++)
        {
            written.Add(await Api.CommentAsync(slug, alice, $"Comment {index}"));
        }

        var page = (await Api.ListCommentsAsync(slug, "?limit=2&offset=1")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(page.Comments.Select(comment => comment.Long("id")), Is.EqualTo(new[] { written[2], written[1] }));
    }

    [Test]
    public async Task A_comment_cursor_with_any_one_character_changed_is_refused_with_422_cursor()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discussed");
        await Api.CommentAsync(slug, alice, "One");
        await Api.CommentAsync(slug, alice, "Two");
        var cursor = (await Api.ListCommentsAsync(slug, "?limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor!;
        Assert.That(cursor, Is.Not.Null, "precondition");

        for (var position = 0; position < cursor.Length - 1; position++)
        {
            var tampered = Tamper(cursor, position);
            var response = await Api.ListCommentsAsync(slug, $"?limit=1{CursorParameter(tampered)}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), $"position {position}: {tampered} gave {response.Body}");
            response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
        }
    }

    [Test]
    public async Task An_article_cursor_is_no_good_for_comments()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishManyAsync(alice, 2);
        var slug = (await Api.ListArticlesAsync()).ShouldHaveStatus(HttpStatusCode.OK).ArticleSlugs[0];
        var articleCursor = (await Api.ListArticlesAsync("?limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor;

        var response = await Api.ListCommentsAsync(slug, $"?limit=1{CursorParameter(articleCursor)}");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("cursor", "is invalid"));
    }

    [TestCase("?cursor=garbage", "cursor")]
    [TestCase("?limit=-1", "limit")]
    [TestCase("?offset=-1", "offset")]
    [TestCase("?limit=abc", "limit")]
    public async Task Invalid_comment_paging_returns_422_naming_the_parameter(string query, string field)
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discussed");

        var response = await Api.ListCommentsAsync(slug, query);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { field }), response.Body);
    }

    [Test]
    public async Task A_comment_cursor_with_a_positive_offset_is_refused_with_422_offset()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Discussed");
        await Api.CommentAsync(slug, alice, "One");
        await Api.CommentAsync(slug, alice, "Two");
        var cursor = (await Api.ListCommentsAsync(slug, "?limit=1")).ShouldHaveStatus(HttpStatusCode.OK).NextCursor;

        var response = await Api.ListCommentsAsync(slug, $"?limit=1&offset=1{CursorParameter(cursor)}");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { "offset" }), response.Body);
    }
}
