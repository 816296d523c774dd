using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class FeedTests : ApiTestBase
{
    [Test]
    public async Task Feed_has_only_followed_authors_newest_first_with_following_true_and_no_body()
    {
        var reader = await TestUsers.CreateAsync("reader");
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");
        var carol = await TestUsers.CreateAsync("carol");
        await Api.FollowNewAsync(reader, alice);
        await Api.FollowNewAsync(reader, bob);
        var aliceFirst = await Api.PublishSlugAsync(alice, "Alice first");
        await Api.PublishSlugAsync(carol, "Carol unfollowed");
        var bobFirst = await Api.PublishSlugAsync(bob, "Bob first");
        await Api.PublishSlugAsync(reader, "Readers own");
        var aliceSecond = await Api.PublishSlugAsync(alice, "Alice second");

        var response = await Api.FeedAsync(reader.AccessToken);

        response.ShouldHaveStatus(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Json.Keys(), Is.EquivalentTo(new[] { "articles", "articlesCount", "nextCursor" }));
            Assert.That(response.ArticleSlugs, Is.EqualTo(new[] { aliceSecond, bobFirst, aliceFirst }));
            Assert.That(response.ArticlesCount, Is.EqualTo(3));
            Assert.That(response.NextCursor, Is.Null);
        }

        foreach (var article in response.Articles)
        {
            article.ShouldBeArticleSummary();
            Assert.That(article.Object("author").Bool("following"), Is.True, $"feed authors are followed: {article}");
        }
    }

    [Test]
    public async Task Feed_of_someone_who_follows_no_one_is_empty()
    {
        var reader = await TestUsers.CreateAsync("reader");
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishSlugAsync(alice, "Unseen");

        var response = (await Api.FeedAsync(reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Articles, Is.Empty);
            Assert.That(response.ArticlesCount, Is.Zero);
            Assert.That(response.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task Feed_drops_an_author_after_unfollowing()
    {
        var reader = await TestUsers.CreateAsync("reader");
        var alice = await TestUsers.CreateAsync("alice");
        await Api.PublishSlugAsync(alice, "Soon gone from the feed");
        await Api.FollowNewAsync(reader, alice);
        Assert.That((await Api.FeedAsync(reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).ArticlesCount, Is.EqualTo(1), "precondition");

        (await Api.UnfollowAsync("alice", reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That((await Api.FeedAsync(reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).ArticlesCount, Is.Zero);
    }

    [Test]
    public async Task Feed_honours_limit_and_offset_and_counts_the_total()
    {
        var reader = await TestUsers.CreateAsync("reader");
        var alice = await TestUsers.CreateAsync("alice");
        await Api.FollowNewAsync(reader, alice);
        var newestFirst = (await Api.PublishManyAsync(alice, 5)).Reverse().ToList();

        var page = (await Api.FeedAsync(reader.AccessToken, "?limit=2&offset=2")).ShouldHaveStatus(HttpStatusCode.OK);
        var firstPage = (await Api.FeedAsync(reader.AccessToken, "?limit=2")).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ArticleSlugs, Is.EqualTo(newestFirst.Skip(2).Take(2)));
            Assert.That(page.ArticlesCount, Is.EqualTo(5), "the total, not the page size");
            Assert.That(firstPage.ArticleSlugs, Is.EqualTo(newestFirst.Take(2)));
            Assert.That(firstPage.NextCursor, Is.Not.Null);
        }
    }

    [Test]
    public async Task Feed_shows_favorited_from_the_readers_point_of_view()
    {
        var reader = await TestUsers.CreateAsync("reader");
        var alice = await TestUsers.CreateAsync("alice");
        var other = await TestUsers.CreateAsync("other");
        await Api.FollowNewAsync(reader, alice);
        var liked = await Api.PublishSlugAsync(alice, "Liked by the reader");
        var likedByOther = await Api.PublishSlugAsync(alice, "Liked by someone else");
        (await Api.FavoriteAsync(liked, reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.FavoriteAsync(likedByOther, other.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var feed = (await Api.FeedAsync(reader.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK)
            .Articles.ToDictionary(article => article.String("slug"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(feed[liked].Bool("favorited"), Is.True);
            Assert.That(feed[likedByOther].Bool("favorited"), Is.False);
            Assert.That(feed[likedByOther].Int("favoritesCount"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Feed_without_a_token_returns_401()
    {
        var response = await Api.FeedAsync(token: null);

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [TestCase("?limit=-1", "limit")]
    [TestCase("?offset=-5", "offset")]
    [TestCase("?limit=abc", "limit")]
    public async Task Feed_with_a_negative_or_non_numeric_limit_or_offset_returns_422_naming_it(string query, string field)
    {
        var reader = await TestUsers.CreateAsync("reader");

        var response = await Api.FeedAsync(reader.AccessToken, query);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { field }), response.Body);
    }
}
