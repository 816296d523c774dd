using System.Globalization;
using System.Text.RegularExpressions;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using CleanBackend.Domain.Social;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.Infrastructure.Persistence.Social;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Publishing;

/// <summary>
/// What the article reads return, on a small hand-made set saved once (the tests only read): 22 articles
/// "article-0".."article-21" by alice, bob and carol in turn, two at each minute so that (created_at, id) has
/// ties to break; article-0 tagged zebra, apple and dragons, the others dragons when even and training when a
/// multiple of 3; two more for search ("Quantum gardening", the oldest, and "Plain notes", the newest, with
/// "quantum" in its body only). Dave follows alice and favorited article-0 and article-3; bob favorited
/// article-0. Expected orders come from SQL written here, not from the service.
/// </summary>
public sealed class ArticleReadServiceTests
{
    private const int NumberedArticles = 22;
    private const string DateOrder = "created_at DESC, id DESC";

    private static readonly DateTimeOffset Base = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly ArticleFilter NoFilter = new(null, null, null, null);

    private TestDatabase _database = null!;
    private User _alice = null!;
    private User _bob = null!;
    private User _carol = null!;
    private User _dave = null!;
    private CommandRecorder _recorder = null!;
    private ApplicationDbContext _dbContext = null!;
    private ArticleReadService _reader = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("article_read");
        _alice = TestUsers.Register("alice");
        _bob = TestUsers.Register("bob");
        _carol = TestUsers.Register("carol");
        _dave = TestUsers.Register("dave");
        await _database.AddAsync(_alice, _bob, _carol, _dave);

        await _database.ExecuteAsync("INSERT INTO publishing.tags (name) VALUES ('zebra'), ('training'), ('dragons'), ('apple'), ('unused')");
        var tagIds = (await _database.ColumnAsync("SELECT name || '=' || id FROM publishing.tags"))
            .Select(row => row.Split('='))
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture));

        User[] authors = [_alice, _bob, _carol];
        var articles = Enumerable.Range(0, NumberedArticles)
            .Select(i => Article.Publish(
                authors[i % 3].Id,
                $"article-{i}",
                $"Article {i}",
                $"Description {i}",
                $"Body {i}",
                TagsOf(i).Select(tag => tagIds[tag]),
                Base.AddMinutes(i / 2)))
            .ToList();
        articles.Add(Article.Publish(_carol.Id, "quantum-gardening", "Quantum gardening", "Growing things", "Plants and soil.", [], Base.AddDays(-1)));
        articles.Add(Article.Publish(_bob.Id, "plain-notes", "Plain notes", "Jottings", "Some notes on quantum physics.", [], Base.AddDays(1)));
        await _database.AddAsync([.. articles]);

        await using var dbContext = _database.CreateDbContext();
        var favorites = new FavoriteStore(dbContext);
        await favorites.FavoriteAsync(_dave.Id, articles[0].Id, Base, CancellationToken.None);
        await favorites.FavoriteAsync(_dave.Id, articles[3].Id, Base, CancellationToken.None);
        await favorites.FavoriteAsync(_bob.Id, articles[0].Id, Base, CancellationToken.None);
        await new FollowStore(dbContext).FollowAsync(Follow.Create(_dave.Id, _alice.Id, Base), CancellationToken.None);
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public void CreateReadService()
    {
        _recorder = new CommandRecorder();
        _dbContext = _database.CreateDbContextWith(_recorder);
        _reader = new ArticleReadService(_dbContext);
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    [TestCase("none", 5)]
    [TestCase("none", 1)]
    [TestCase("author", 4)]
    [TestCase("author", 3)]
    [TestCase("tag", 3)]
    [TestCase("favorited", 2)]
    [TestCase("author and tag", 2)]
    [TestCase("search", 5)]
    public async Task ListAsync_FollowingNextCursor_WalksEveryMatchOnceInOrderAndEndsWithANullCursor(string filterName, int limit)
    {
        var (filter, where, order) = Filter(filterName);
        var expected = await _database.ColumnAsync($"SELECT slug FROM publishing.articles WHERE {where} ORDER BY {order}");

        var pages = await WalkByCursorAsync(page => _reader.ListAsync(filter, page, _dave.Id, CancellationToken.None), limit, expected.Count);

        AssertWalk(pages, expected, limit);
    }

    [TestCase("none", 5)]
    [TestCase("author", 4)]
    [TestCase("tag", 3)]
    [TestCase("search", 5)]
    public async Task ListAsync_OffsetPages_AgreeWithCursorPages(string filterName, int limit)
    {
        var (filter, _, _) = Filter(filterName);
        var byCursor = (await WalkByCursorAsync(page => _reader.ListAsync(filter, page, null, CancellationToken.None), limit, 100))
            .SelectMany(page => page.Articles.Select(article => article.Slug))
            .ToList();

        var byOffset = new List<string>();
        for (var offset = 0; offset < byCursor.Count; offset += limit)
        {
            var page = await _reader.ListAsync(filter, new PageRequest<Guid>(limit, offset, null), null, CancellationToken.None);
            Assert.That(page.ArticlesCount, Is.EqualTo(byCursor.Count), $"ArticlesCount at offset {offset}");
            byOffset.AddRange(page.Articles.Select(article => article.Slug));
        }

        var beyond = await _reader.ListAsync(filter, new PageRequest<Guid>(limit, byCursor.Count, null), null, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byOffset, Is.EqualTo(byCursor));
            Assert.That(beyond.Articles, Is.Empty, "a page past the end");
            Assert.That(beyond.ArticlesCount, Is.EqualTo(byCursor.Count), "a page past the end still counts every match");
            Assert.That(beyond.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task ListAsync_WithLimitZero_CountsWithoutListing()
    {
        var list = await _reader.ListAsync(NoFilter with { Tag = "dragons" }, new PageRequest<Guid>(0, 0, null), null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles, Is.Empty);
            Assert.That(list.ArticlesCount, Is.EqualTo(11));
            Assert.That(list.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task FeedAsync_FollowingNextCursor_WalksTheFollowedAuthorsArticlesShowingThemFollowed()
    {
        var expected = await _database.ColumnAsync(
            $"SELECT slug FROM publishing.articles WHERE author_id = '{_alice.Id}' ORDER BY {DateOrder}");

        var pages = await WalkByCursorAsync(page => _reader.FeedAsync(_dave.Id, page, CancellationToken.None), 3, expected.Count);

        AssertWalk(pages, expected, 3);
        Assert.That(pages.SelectMany(page => page.Articles).Select(article => article.Author.Following), Is.All.True);
    }

    [Test]
    public async Task FeedAsync_ForAViewerWhoFollowsNobody_IsEmpty()
    {
        var feed = await _reader.FeedAsync(_carol.Id, new PageRequest<Guid>(20, 0, null), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(feed.Articles, Is.Empty);
            Assert.That(feed.ArticlesCount, Is.Zero);
            Assert.That(feed.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task FindAsync_ReturnsTheBodyTheAlphabeticalTagsAndTheViewersFlags()
    {
        var article = await _reader.FindAsync("article-0", _dave.Id, CancellationToken.None);

        Assert.That(article, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article!.Title, Is.EqualTo("Article 0"));
            Assert.That(article.Description, Is.EqualTo("Description 0"));
            Assert.That(article.Body, Is.EqualTo("Body 0"));
            Assert.That(article.TagList, Is.EqualTo(new[] { "apple", "dragons", "zebra" }));
            Assert.That(article.CreatedAt, Is.EqualTo(Base));
            Assert.That(article.UpdatedAt, Is.EqualTo(Base));
            Assert.That(article.Favorited, Is.True);
            Assert.That(article.FavoritesCount, Is.EqualTo(2));
            Assert.That(article.Author.Username, Is.EqualTo("alice"));
            Assert.That(article.Author.Following, Is.True);
        }
    }

    [Test]
    public async Task FindAsync_ForAnAnonymousViewer_ShowsNeitherFavoritedNorFollowing()
    {
        var article = await _reader.FindAsync("article-0", null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article?.Favorited, Is.False);
            Assert.That(article?.Author.Following, Is.False);
            Assert.That(article?.FavoritesCount, Is.EqualTo(2), "the count is everyone's favorites");
        }
    }

    [Test]
    public async Task FindAsync_ForAnUnknownSlug_ReturnsNull()
    {
        Assert.That(await _reader.FindAsync("no-such-article", _dave.Id, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task FindIdAsync_ReturnsTheIdOrNull()
    {
        var id = await _database.ScalarAsync<Guid>("SELECT id FROM publishing.articles WHERE slug = 'article-5'");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _reader.FindIdAsync("article-5", CancellationToken.None), Is.EqualTo(id));
            Assert.That(await _reader.FindIdAsync("no-such-article", CancellationToken.None), Is.Null);
        }
    }

    [Test]
    public async Task ListAsync_NeverSelectsTheBody()
    {
        var list = await _reader.ListAsync(NoFilter, new PageRequest<Guid>(100, 0, null), _dave.Id, CancellationToken.None);
        var search = await _reader.ListAsync(NoFilter with { Search = "quantum" }, new PageRequest<Guid>(100, 0, null), _dave.Id, CancellationToken.None);

        var items = list.Articles.Concat(search.Articles).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(items, Has.Count.EqualTo(NumberedArticles + 2 + 2));
            Assert.That(items.OfType<ArticleDto>().Select(article => article.Body), Is.All.Empty, "no list item carries a body");
            Assert.That(
                _recorder.Commands.Where(command => Regex.IsMatch(command.Sql, @"\bbody\b", RegexOptions.IgnoreCase)).Select(command => command.Sql),
                Is.Empty,
                "no list statement reads the body column");
        }
    }

    [Test]
    public async Task ListAsync_ShowsTagsAlphabetically()
    {
        var list = await _reader.ListAsync(NoFilter, new PageRequest<Guid>(100, 0, null), null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles.Single(article => article.Slug == "article-0").TagList, Is.EqualTo(new[] { "apple", "dragons", "zebra" }));
            Assert.That(list.Articles.Single(article => article.Slug == "article-6").TagList, Is.EqualTo(new[] { "dragons", "training" }));
            Assert.That(list.Articles.Single(article => article.Slug == "article-1").TagList, Is.Empty);
            Assert.That(list.Articles.Select(article => article.TagList), Has.All.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        }
    }

    [TestCase("dave", "article-0,article-3", "alice")]
    [TestCase("bob", "article-0", "")]
    [TestCase(null, "", "")]
    public async Task ListAsync_ShowsFavoritedAndFollowingFromTheViewersPointOfView(string? viewer, string favorited, string followed)
    {
        Guid? viewerId = viewer switch
        {
            "dave" => _dave.Id,
            "bob" => _bob.Id,
            _ => null,
        };

        var list = await _reader.ListAsync(NoFilter, new PageRequest<Guid>(100, 0, null), viewerId, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                list.Articles.Where(article => article.Favorited).Select(article => article.Slug),
                Is.EquivalentTo(favorited.Split(',', StringSplitOptions.RemoveEmptyEntries)));
            Assert.That(
                list.Articles.Where(article => article.Author.Following).Select(article => article.Author.Username).Distinct(),
                Is.EquivalentTo(followed.Split(',', StringSplitOptions.RemoveEmptyEntries)));
            Assert.That(list.Articles.Single(article => article.Slug == "article-0").FavoritesCount, Is.EqualTo(2));
            Assert.That(list.Articles.Single(article => article.Slug == "article-3").FavoritesCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ListAsync_WithASearch_RanksATitleMatchAboveANewerBodyOnlyMatch()
    {
        var list = await _reader.ListAsync(NoFilter with { Search = "quantum" }, new PageRequest<Guid>(20, 0, null), null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles.Select(article => article.Slug), Is.EqualTo(new[] { "quantum-gardening", "plain-notes" }));
            Assert.That(list.ArticlesCount, Is.EqualTo(2));
            Assert.That(list.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task ListAsync_WithASearchAndAnAuthor_AppliesBoth()
    {
        var list = await _reader.ListAsync(
            NoFilter with { Search = "quantum", Author = "bob" }, new PageRequest<Guid>(20, 0, null), null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles.Select(article => article.Slug), Is.EqualTo(new[] { "plain-notes" }));
            Assert.That(list.ArticlesCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ListAsync_WithASearchMatchingNothing_IsEmpty()
    {
        var list = await _reader.ListAsync(NoFilter with { Search = "xylophone" }, new PageRequest<Guid>(20, 0, null), _dave.Id, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles, Is.Empty);
            Assert.That(list.ArticlesCount, Is.Zero);
            Assert.That(list.NextCursor, Is.Null);
        }
    }

    /// <summary>Given out of alphabetical order for article-0, so that the lists' order is the reads' doing.</summary>
    private static IEnumerable<string> TagsOf(int article)
    {
        if (article == 0)
        {
            return ["zebra", "apple", "dragons"];
        }

        return new[] { article % 2 == 0 ? "dragons" : null, article % 3 == 0 ? "training" : null }.OfType<string>();
    }

    private static void AssertWalk(List<ArticleListDto> pages, List<string> expected, int limit)
    {
        var walked = pages.SelectMany(page => page.Articles.Select(article => article.Slug)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected, Is.Not.Empty, "the filter must match something for the walk to prove anything");
            Assert.That(walked, Is.Unique, "no article twice");
            Assert.That(walked, Is.EqualTo(expected), "every match, in order, none missing");
            Assert.That(pages, Has.Count.EqualTo(Math.Max(1, (expected.Count + limit - 1) / limit)), "pages");
            Assert.That(pages.Take(pages.Count - 1).Select(page => page.Articles.Count), Is.All.EqualTo(limit), "every page but the last is full");
            Assert.That(pages.Select(page => page.ArticlesCount), Is.All.EqualTo(expected.Count), "ArticlesCount is the total on every page");
            Assert.That(pages[^1].NextCursor, Is.Null, "no cursor after the last page");
        }
    }

    /// <summary>Follows NextCursor from the first page until it is null (or more pages than could exist were read).</summary>
    private static async Task<List<ArticleListDto>> WalkByCursorAsync(
        Func<PageRequest<Guid>, Task<ArticleListDto>> list,
        int limit,
        int maxRows)
    {
        var pages = new List<ArticleListDto> { await list(new PageRequest<Guid>(limit, 0, null)) };
        while (pages[^1].NextCursor is { } next && pages.Count <= maxRows + 1)
        {
            Assert.That(CursorLists.Articles.TryDecode(next, out var cursor), Is.True, $"NextCursor of page {pages.Count}");
            pages.Add(await list(new PageRequest<Guid>(limit, 0, cursor)));
        }

        return pages;
    }

    /// <summary>A filter, and the same filter and order in SQL for computing what the service should return.</summary>
    private (ArticleFilter Filter, string Where, string Order) Filter(string name)
    {
        const string Query = "websearch_to_tsquery('english', 'article')";
        const string Dragons =
            "id IN (SELECT article_id FROM publishing.article_tags JOIN publishing.tags ON tags.id = tag_id WHERE name = 'dragons')";
        return name switch
        {
            "none" => (NoFilter, "true", DateOrder),
            "author" => (NoFilter with { Author = "Alice" }, $"author_id = '{_alice.Id}'", DateOrder),
            "tag" => (NoFilter with { Tag = " Dragons " }, Dragons, DateOrder),
            "favorited" => (NoFilter with { FavoritedBy = "DAVE" }, $"id IN (SELECT article_id FROM publishing.favorites WHERE user_id = '{_dave.Id}')", DateOrder),
            "author and tag" => (NoFilter with { Author = "alice", Tag = "dragons" }, $"author_id = '{_alice.Id}' AND {Dragons}", DateOrder),
            "search" => (NoFilter with { Search = "article" }, $"search_vector @@ {Query}", $"ts_rank(search_vector, {Query}) DESC, {DateOrder}"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such filter in this fixture"),
        };
    }
}
