using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Publishing;

/// <summary>
/// No N+1: a page costs the same few SQL commands whether it holds 20 rows or 100, with a viewer whose
/// favorites and follows show on the page (so the per-viewer flags are part of what is counted). Every command
/// EF Core executes is counted by an interceptor; each test prints its counts.
/// </summary>
public sealed class ReadRoundTripTests
{
    private const int ArticleCount = 300;
    private const int MaxCommandsPerPage = 3;

    private static readonly ArticleFilter NoFilter = new(null, null, null, null);

    private TestDatabase _database = null!;
    private Guid _viewerId;
    private Guid _commentedArticleId;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("round_trips");

        // 30 writers with 10 articles each; the viewer follows 12 of them (a 120-article feed) and has
        // favorited the newest article and article 271 (by a followed writer); the newest article has 150 comments.
        await PublishingSeed.SeedAsync(_database, users: 30, articles: ArticleCount, tags: 10, followsPerUser: 12, commentsOnNewest: 150);
        _viewerId = await _database.ScalarAsync<Guid>($"SELECT id FROM identity.users WHERE username = '{PublishingSeed.Writer(0)}'");
        _commentedArticleId = await _database.ScalarAsync<Guid>(
            $"SELECT id FROM publishing.articles WHERE slug = '{PublishingSeed.ArticleSlug(ArticleCount)}'");
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [Test]
    public async Task ArticleListAsync_CostsTheSameCommandsForTwentyAndAHundredArticles()
    {
        await AssertSameCountForBothSizesAsync("ArticleReadService.ListAsync", async (reader, limit) =>
        {
            var list = await reader.ListAsync(NoFilter, new PageRequest<Guid>(limit, 0, null), _viewerId, CancellationToken.None);
            return (list.Articles.Count, list.Articles.Any(article => article.Favorited), list.Articles.Any(article => article.Author.Following));
        });
    }

    [Test]
    public async Task ArticleListAsync_WithACursor_CostsTheSameCommandsForTwentyAndAHundredArticles()
    {
        var after = new KeysetCursor<Guid>(DateTimeOffset.MaxValue.AddYears(-1), Guid.Empty);
        await AssertSameCountForBothSizesAsync("ArticleReadService.ListAsync (cursor)", async (reader, limit) =>
        {
            var list = await reader.ListAsync(NoFilter, new PageRequest<Guid>(limit, 0, after), _viewerId, CancellationToken.None);
            return (list.Articles.Count, list.Articles.Any(article => article.Favorited), list.Articles.Any(article => article.Author.Following));
        });
    }

    [Test]
    public async Task FeedAsync_CostsTheSameCommandsForTwentyAndAHundredArticles()
    {
        await AssertSameCountForBothSizesAsync("ArticleReadService.FeedAsync", async (reader, limit) =>
        {
            var feed = await reader.FeedAsync(_viewerId, new PageRequest<Guid>(limit, 0, null), CancellationToken.None);
            Assert.That(feed.Articles.Select(article => article.Author.Following), Is.All.True, "the feed shows followed authors only");
            return (feed.Articles.Count, feed.Articles.Any(article => article.Favorited), true);
        });
    }

    [Test]
    public async Task SearchAsync_CostsTheSameCommandsForTwentyAndAHundredArticles()
    {
        await AssertSameCountForBothSizesAsync("ArticleReadService.ListAsync (q)", async (reader, limit) =>
        {
            var list = await reader.ListAsync(NoFilter with { Search = "article" }, new PageRequest<Guid>(limit, 0, null), _viewerId, CancellationToken.None);
            return (list.Articles.Count, list.Articles.Any(article => article.Favorited), list.Articles.Any(article => article.Author.Following));
        });
    }

    [Test]
    public async Task CommentListAsync_CostsOneCommandForTwentyAndAHundredComments()
    {
        var counts = new List<int>();
        foreach (var limit in new[] { 20, 100 })
        {
            var recorder = new CommandRecorder();
            await using var dbContext = _database.CreateDbContextWith(recorder);
            var list = await new CommentReadService(dbContext).ListAsync(
                _commentedArticleId, new PageRequest<long>(limit, 0, null), _viewerId, CancellationToken.None);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(list.Comments, Has.Count.EqualTo(limit));
                Assert.That(list.Comments.Any(comment => comment.Author.Following), Is.True, "the viewer follows some commenters");
            }

            counts.Add(recorder.Commands.Count);
            TestContext.Out.WriteLine($"CommentReadService.ListAsync limit {limit}: {recorder.Commands.Count} SQL command(s)");
        }

        Assert.That(counts, Is.All.EqualTo(1));
    }

    [Test]
    public async Task ArticleFindAsync_CostsOneCommand()
    {
        var recorder = new CommandRecorder();
        await using var dbContext = _database.CreateDbContextWith(recorder);

        var article = await new ArticleReadService(dbContext).FindAsync(PublishingSeed.ArticleSlug(ArticleCount), _viewerId, CancellationToken.None);

        TestContext.Out.WriteLine($"ArticleReadService.FindAsync: {recorder.Commands.Count} SQL command(s)");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article?.Favorited, Is.True, "the viewer favorited the newest article");
            Assert.That(article?.TagList, Is.Not.Empty);
            Assert.That(recorder.Commands, Has.Count.EqualTo(1));
        }
    }

    /// <summary>
    /// Runs <paramref name="call"/> for a page of 20 and a page of 100 on fresh contexts and compares the
    /// commands counted. The call returns the page size it got and whether the viewer's favorited and
    /// following flags showed on it, so the comparison is between full pages that exercised every join.
    /// </summary>
    private async Task AssertSameCountForBothSizesAsync(
        string name,
        Func<ArticleReadService, int, Task<(int Count, bool AnyFavorited, bool AnyFollowing)>> call)
    {
        var counts = new List<int>();
        foreach (var limit in new[] { 20, 100 })
        {
            var recorder = new CommandRecorder();
            await using var dbContext = _database.CreateDbContextWith(recorder);

            var (count, anyFavorited, anyFollowing) = await call(new ArticleReadService(dbContext), limit);

            TestContext.Out.WriteLine($"{name} limit {limit}: {recorder.Commands.Count} SQL command(s)");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(count, Is.EqualTo(limit), "a full page");
                Assert.That(anyFavorited, Is.True, "the page shows an article the viewer favorited");
                Assert.That(anyFollowing, Is.True, "the page shows an author the viewer follows");
            }

            counts.Add(recorder.Commands.Count);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(counts[1], Is.EqualTo(counts[0]), "a page of 100 costs what a page of 20 costs");
            Assert.That(counts, Is.All.LessThanOrEqualTo(MaxCommandsPerPage));
        }
    }
}
