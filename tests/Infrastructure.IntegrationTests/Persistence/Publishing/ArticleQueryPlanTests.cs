using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Publishing;

/// <summary>
/// The read services' page queries, exactly as EF Core sends them and with their real parameter values, use the
/// indexes the migration created for them. The database is big enough (20,000 articles by 300 writers, 20 tags,
/// 10,400 comments) and analysed, so the planner has a real choice: it would pick a sequential scan or a sort of
/// every match if the query gave it no better way. Each test prints every command it captured with its plan.
/// </summary>
public sealed class ArticleQueryPlanTests
{
    private const int ArticleCount = 20_000;
    private const int Limit = 20;

    private static readonly PageRequest<Guid> FirstPage = new(Limit, 0, null);
    private static readonly ArticleFilter NoFilter = new(null, null, null, null);

    private TestDatabase _database = null!;
    private Guid _viewerId;
    private Guid _commentedArticleId;
    private CommandRecorder _recorder = null!;
    private ApplicationDbContext _dbContext = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("query_plans");
        await PublishingSeed.SeedAsync(_database, users: 300, articles: ArticleCount, tags: 20, followsPerUser: 3, commentsOnNewest: 400);
        _viewerId = await _database.ScalarAsync<Guid>($"SELECT id FROM identity.users WHERE username = '{PublishingSeed.Writer(0)}'");
        _commentedArticleId = await _database.ScalarAsync<Guid>(
            $"SELECT id FROM publishing.articles WHERE slug = '{PublishingSeed.ArticleSlug(ArticleCount)}'");
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public void CreateContext()
    {
        _recorder = new CommandRecorder { ExplainReaders = true };
        _dbContext = _database.CreateDbContextWith(_recorder);
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    /// <summary>The home page's query: the newest articles, read in index order and no further than the page.</summary>
    [Test]
    public async Task ListAsync_FirstPageWithoutFilters_WalksTheCreatedAtIndexAndStopsAfterThePage()
    {
        var list = await new ArticleReadService(_dbContext).ListAsync(NoFilter, FirstPage, _viewerId, CancellationToken.None);

        Assert.That(list.Articles, Has.Count.EqualTo(Limit), "the plan must be for a full page");
        AssertPageQuery("first page (offset 0)", stopsAfterThePage: true, ["ix_articles_created_at_id"]);
    }

    [Test]
    public async Task ListAsync_WithACursor_WalksTheCreatedAtIndexAndStopsAfterThePage()
    {
        var reader = new ArticleReadService(_dbContext);
        var first = await reader.ListAsync(NoFilter, FirstPage, _viewerId, CancellationToken.None);
        Assert.That(CursorLists.Articles.TryDecode(first.NextCursor, out var cursor), Is.True, "the first page's NextCursor");
        _recorder.Clear();

        var second = await reader.ListAsync(NoFilter, new PageRequest<Guid>(Limit, 0, cursor), _viewerId, CancellationToken.None);

        Assert.That(second.Articles, Has.Count.EqualTo(Limit), "the plan must be for a full page");
        AssertPageQuery("keyset page (cursor)", stopsAfterThePage: true, ["ix_articles_created_at_id"]);
    }

    [Test]
    public async Task ListAsync_FilteredByAuthor_SeeksTheAuthorIndex()
    {
        var list = await new ArticleReadService(_dbContext).ListAsync(
            NoFilter with { Author = PublishingSeed.Writer(123) }, FirstPage, _viewerId, CancellationToken.None);

        Assert.That(list.Articles, Has.Count.EqualTo(Limit), "the plan must be for a full page");
        AssertPageQuery("list by author", stopsAfterThePage: false, ["ix_articles_author_id_created_at_id"]);
    }

    [Test]
    public async Task ListAsync_FilteredByTag_UsesAnArticleTagsIndex()
    {
        var tag = PublishingSeed.TagName(7);
        var list = await new ArticleReadService(_dbContext).ListAsync(NoFilter with { Tag = tag }, FirstPage, _viewerId, CancellationToken.None);

        Assert.That(list.ArticlesCount, Is.EqualTo(await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM publishing.article_tags JOIN publishing.tags ON tags.id = tag_id WHERE name = '{tag}'")));
        AssertPageQuery("list by tag", stopsAfterThePage: false, ["ix_article_tags_tag_id_article_id", "pk_article_tags"]);
    }

    [Test]
    public async Task FeedAsync_UsesTheFollowsKeyAndAnArticleIndex()
    {
        var feed = await new ArticleReadService(_dbContext).FeedAsync(_viewerId, FirstPage, CancellationToken.None);

        Assert.That(feed.ArticlesCount, Is.EqualTo(await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM publishing.articles WHERE author_id IN (SELECT followee_id FROM social.follows WHERE follower_id = '{_viewerId}')")));
        AssertPageQuery(
            "feed",
            stopsAfterThePage: false,
            ["pk_follows", "ix_follows_followee_id"],

            // Either per followed author, or down the date index checking each author's follow until
            // the page is full: the planner picks by how many authors the viewer follows.
            ["ix_articles_author_id_created_at_id", "ix_articles_created_at_id"]);
    }

    [Test]
    public async Task ListAsync_WithASearch_UsesTheSearchVectorIndex()
    {
        var list = await new ArticleReadService(_dbContext).ListAsync(
            NoFilter with { Search = PublishingSeed.RareWord }, FirstPage, _viewerId, CancellationToken.None);

        Assert.That(list.ArticlesCount, Is.EqualTo(ArticleCount / PublishingSeed.RareWordInterval));
        AssertPageQuery("search", stopsAfterThePage: false, ["ix_articles_search_vector"]);

        // The count and the projection of the ranked page's ids must not read the table either.
        Assert.That(_recorder.Commands.Where(command => command.Plan!.SequentiallyScans("publishing", "articles")), Is.Empty);
    }

    [Test]
    public async Task CommentListAsync_FirstPage_SeeksTheArticleCommentsIndex()
    {
        var list = await new CommentReadService(_dbContext).ListAsync(
            _commentedArticleId, new PageRequest<long>(Limit, 0, null), _viewerId, CancellationToken.None);

        Assert.That(list.Comments, Has.Count.EqualTo(Limit), "the plan must be for a full page");
        AssertCommentPageQuery("comments first page (offset 0)", stopsAfterThePage: false);
    }

    /// <summary>An article's first page of comments costs the page, not every comment of the article.</summary>
    [Test]
    public async Task CommentListAsync_FirstPage_StopsAfterThePage()
    {
        await new CommentReadService(_dbContext).ListAsync(
            _commentedArticleId, new PageRequest<long>(Limit, 0, null), _viewerId, CancellationToken.None);

        AssertCommentPageQuery("comments first page (offset 0)", stopsAfterThePage: true);
    }

    [Test]
    public async Task CommentListAsync_WithACursor_SeeksTheArticleCommentsIndexAndStopsAfterThePage()
    {
        var reader = new CommentReadService(_dbContext);
        var first = await reader.ListAsync(_commentedArticleId, new PageRequest<long>(Limit, 0, null), _viewerId, CancellationToken.None);
        Assert.That(CursorLists.Comments.TryDecode(first.NextCursor, out var cursor), Is.True, "the first page's NextCursor");
        _recorder.Clear();

        var second = await reader.ListAsync(_commentedArticleId, new PageRequest<long>(Limit, 0, cursor), _viewerId, CancellationToken.None);

        Assert.That(second.Comments, Has.Count.EqualTo(Limit), "the plan must be for a full page");
        AssertCommentPageQuery("comments keyset page (cursor)", stopsAfterThePage: true);
    }

    /// <summary>
    /// The page query (the one with LIMIT) scans at least one index of each group, never reads
    /// publishing.articles sequentially and, when <paramref name="stopsAfterThePage"/>, reads its rows in
    /// index order instead of sorting every match before cutting the page.
    /// </summary>
    private void AssertPageQuery(string call, bool stopsAfterThePage, params string[][] indexGroups)
    {
        var plan = PrintAndFindPageQuery(call).Plan!;
        using (Assert.EnterMultipleScope())
        {
            foreach (var group in indexGroups)
            {
                Assert.That(plan.IndexesScanned.Intersect(group), Is.Not.Empty, $"expected a scan of {string.Join(" or ", group)}:\n{plan}");
            }

            Assert.That(plan.SequentiallyScans("publishing", "articles"), Is.False, $"a sequential scan of publishing.articles:\n{plan}");
            if (stopsAfterThePage)
            {
                Assert.That(plan.SortsBeforeLimit(), Is.False, $"every match is sorted before the page is cut:\n{plan}");
            }
        }
    }

    private void AssertCommentPageQuery(string call, bool stopsAfterThePage)
    {
        var plan = PrintAndFindPageQuery(call).Plan!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.ScansIndex("ix_comments_article_id_created_at_id"), Is.True, $"expected a scan of ix_comments_article_id_created_at_id:\n{plan}");
            Assert.That(plan.SequentiallyScans("publishing", "comments"), Is.False, $"a sequential scan of publishing.comments:\n{plan}");
            if (stopsAfterThePage)
            {
                Assert.That(plan.SortsBeforeLimit(), Is.False, $"every comment of the article is sorted before the page is cut:\n{plan}");
            }
        }
    }

    private RecordedCommand PrintAndFindPageQuery(string call)
    {
        var commands = _recorder.Commands;
        for (var i = 0; i < commands.Count; i++)
        {
            TestContext.Out.WriteLine($"--- {call}: command {i + 1} of {commands.Count} ({commands[i].Kind})");
            TestContext.Out.WriteLine(commands[i].Sql);
            TestContext.Out.WriteLine("plan:");
            TestContext.Out.WriteLine(commands[i].Plan?.ToString() ?? "(not explained)");
        }

        var pageQueries = commands.Where(command => command.Sql.Contains("LIMIT", StringComparison.Ordinal)).ToList();
        Assert.That(pageQueries, Has.Count.EqualTo(1), "one page query (the one with LIMIT)");
        return pageQueries[0];
    }
}
