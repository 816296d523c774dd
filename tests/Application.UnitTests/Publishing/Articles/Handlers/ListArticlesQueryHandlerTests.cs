using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

/// <summary>
/// The first page, unfiltered or by one author, comes from the cache (with the viewer's flags
/// added by one query); every other list is read as the viewer sees it.
/// </summary>
public class ListArticlesQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("6e7f8091-a2b3-44c5-d6e7-f8091a2b3c4d");
    private static readonly Guid JakeId = Guid.Parse("7f8091a2-b3c4-45d6-87f8-091a2b3c4d5e");
    private static readonly Guid JaneId = Guid.Parse("8091a2b3-c4d5-46e7-98f0-91a2b3c4d5e6");

    private Mock<IArticleReadService> _articles = null!;
    private Mock<IViewerRelationsReader> _relations = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private ArticleListDto _list = null!;
    private ArticlePageSnapshot _firstPage = null!;
    private ArticleFilter? _filter;
    private PageRequest<Guid>? _page;
    private Guid? _viewerId;

    [SetUp]
    public void SetUp()
    {
        _list = new ArticleListDto { ArticlesCount = 42 };
        _firstPage = new ArticlePageSnapshot(
            [TestSnapshots.Article("first", JakeId), TestSnapshots.Article("second", JaneId, "Jane"), TestSnapshots.Article("third", JakeId)],
            7,
            "next-cursor");
        _filter = null;
        _page = null;
        _viewerId = null;
        _articles = new Mock<IArticleReadService>();
        _articles
            .Setup(articles => articles.FirstPageSnapshotAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _firstPage);
        _articles
            .Setup(articles => articles.ListAsync(It.IsAny<ArticleFilter>(), It.IsAny<PageRequest<Guid>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .Callback((ArticleFilter filter, PageRequest<Guid> page, Guid? viewerId, CancellationToken _) =>
            {
                _filter = filter;
                _page = page;
                _viewerId = viewerId;
            })
            .ReturnsAsync(() => _list);
        _relations = new Mock<IViewerRelationsReader>();
        _relations
            .Setup(reader => reader.ReadAsync(It.IsAny<Guid>(), It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ViewerRelations.None);
        _currentUser = TestCallers.SignedIn(ViewerId);
    }

    [Test]
    public async Task Handle_Filters_AreTrimmed()
    {
        await Handler().Handle(new ListArticlesQuery { Tag = " dragons ", Author = "jake\t", Favorited = " jane", Q = "  train  dragons " }, CancellationToken.None);

        Assert.That(_filter, Is.EqualTo(new ArticleFilter("dragons", "jake", "jane", "train  dragons")));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public async Task Handle_BlankFilters_AreNotSetSoTheFirstPageIsTheCachedGlobalOne(string? blank)
    {
        await Handler().Handle(new ListArticlesQuery { Tag = blank, Author = blank, Favorited = blank, Q = blank }, CancellationToken.None);

        _articles.Verify(articles => articles.FirstPageSnapshotAsync(null, 20, It.IsAny<CancellationToken>()), Times.Once());
        _articles.VerifyNoOtherCalls();
    }

    [TestCase(null, 20)]
    [TestCase(10, 10)]
    [TestCase(20, 20)]
    public async Task Handle_FirstPageWithoutFilters_IsReadAsTheCachedPageForItsEffectiveLimit(int? limit, int effectiveLimit)
    {
        await Handler().Handle(new ListArticlesQuery { Limit = limit }, CancellationToken.None);

        _articles.Verify(articles => articles.FirstPageSnapshotAsync(null, effectiveLimit, It.IsAny<CancellationToken>()), Times.Once());
        _articles.VerifyNoOtherCalls();
    }

    [TestCase(7)]
    [TestCase(500)]
    public async Task Handle_FirstPageOfAnUncachedSize_IsReadFromTheDatabase(int limit)
    {
        await Handler().Handle(new ListArticlesQuery { Limit = limit }, CancellationToken.None);

        _articles.Verify(articles => articles.FirstPageSnapshotAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never(), "only the page sizes front ends use are cached");
        _articles.Verify(articles => articles.ListAsync(
            ArticleFilter.None,
            It.Is<CleanBackend.Application.Common.Pagination.PageRequest<Guid>>(page => page.Limit == Math.Min(limit, 100)),
            It.IsAny<Guid?>(),
            It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task Handle_FirstPageByAuthor_IsReadAsTheCachedPageForThatAuthor()
    {
        await Handler().Handle(new ListArticlesQuery { Author = " jake ", Offset = 0 }, CancellationToken.None);

        _articles.Verify(articles => articles.FirstPageSnapshotAsync("jake", 20, It.IsAny<CancellationToken>()), Times.Once());
        _articles.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_CachedFirstPage_KeepsItsCountCursorAndOrder()
    {
        var list = await Handler().Handle(new ListArticlesQuery(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles.Select(article => article.Slug), Is.EqualTo(new[] { "first", "second", "third" }));
            Assert.That(list.ArticlesCount, Is.EqualTo(7));
            Assert.That(list.NextCursor, Is.EqualTo("next-cursor"));
        }
    }

    [Test]
    public async Task Handle_CachedFirstPageForASignedInViewer_OverlaysTheFlagsFromOneRelationsQuery()
    {
        var first = _firstPage.Articles[0];
        _relations
            .Setup(reader => reader.ReadAsync(ViewerId, It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ViewerRelations(new HashSet<Guid> { first.Id }, new HashSet<Guid> { JaneId }));

        var list = await Handler().Handle(new ListArticlesQuery(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles.Select(article => article.Favorited), Is.EqualTo(new[] { true, false, false }));
            Assert.That(list.Articles.Select(article => article.Author.Following), Is.EqualTo(new[] { false, true, false }));
            Assert.That(_firstPage.Articles.Select(snapshot => snapshot.Article.Favorited), Has.All.False, "the cached page must not take the viewer's flags");
            Assert.That(_firstPage.Articles.Select(snapshot => snapshot.Article.Author.Following), Has.All.False);
        }

        _relations.Verify(
            reader => reader.ReadAsync(
                ViewerId,
                It.Is<IReadOnlyCollection<Guid>>(ids => ids.SequenceEqual(_firstPage.Articles.Select(snapshot => snapshot.Id))),
                It.Is<IReadOnlyCollection<Guid>>(ids => ids.Count == 2 && ids.Contains(JakeId) && ids.Contains(JaneId)),
                It.IsAny<CancellationToken>()),
            Times.Once());
        _relations.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_CachedFirstPageForAnAnonymousCaller_HasNoFlagsAndQueriesNoRelations()
    {
        _currentUser = TestCallers.Anonymous();

        var list = await Handler().Handle(new ListArticlesQuery(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Articles.Select(article => article.Favorited), Has.All.False);
            Assert.That(list.Articles.Select(article => article.Author.Following), Has.All.False);
        }

        _relations.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_EmptyCachedFirstPage_QueriesNoRelations()
    {
        _firstPage = new ArticlePageSnapshot([], 0, null);

        var list = await Handler().Handle(new ListArticlesQuery(), CancellationToken.None);

        Assert.That(list.Articles, Is.Empty);
        _relations.VerifyNoOtherCalls();
    }

    [TestCase("dragons", null, null)]
    [TestCase(null, "jane", null)]
    [TestCase(null, null, "dragons")]
    public async Task Handle_TagFavoritedOrSearch_IsNotCachedButListedAsTheViewerSeesIt(string? tag, string? favorited, string? q)
    {
        var list = await Handler().Handle(new ListArticlesQuery { Tag = tag, Favorited = favorited, Q = q }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list, Is.SameAs(_list));
            Assert.That(_filter, Is.EqualTo(new ArticleFilter(tag, null, favorited, q)));
            Assert.That(_viewerId, Is.EqualTo(ViewerId));
            _articles.Verify(articles => articles.FirstPageSnapshotAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never());
        }

        _relations.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_AuthorWithAnotherFilter_IsNotCached()
    {
        await Handler().Handle(new ListArticlesQuery { Author = "jake", Tag = "dragons" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_filter, Is.EqualTo(new ArticleFilter("dragons", "jake", null, null)));
            _articles.Verify(articles => articles.FirstPageSnapshotAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never());
        }
    }

    [TestCase(null)]
    [TestCase("jake")]
    public async Task Handle_LaterPageByOffset_IsNotCached(string? author)
    {
        await Handler().Handle(new ListArticlesQuery { Author = author, Limit = 7, Offset = 14 }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_page, Is.EqualTo(new PageRequest<Guid>(7, 14, null)));
            Assert.That(_filter, Is.EqualTo(new ArticleFilter(null, author, null, null)));
            _articles.Verify(articles => articles.FirstPageSnapshotAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never());
        }
    }

    [Test]
    public async Task Handle_Cursor_IsNotCachedAndDecodedIntoThePositionToSeekAfter()
    {
        var cursor = new KeysetCursor<Guid>(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f"), 0.25f);

        await Handler().Handle(new ListArticlesQuery { Limit = 10, Cursor = CursorLists.Articles.Encode(cursor) }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_page, Is.EqualTo(new PageRequest<Guid>(10, 0, cursor)));
            _articles.Verify(articles => articles.FirstPageSnapshotAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never());
        }
    }

    [Test]
    public async Task Handle_NoPagingWithAFilter_AsksForTheFirstTwentyArticles()
    {
        await Handler().Handle(new ListArticlesQuery { Tag = "dragons" }, CancellationToken.None);

        Assert.That(_page, Is.EqualTo(new PageRequest<Guid>(20, 0, null)));
    }

    [Test]
    public async Task Handle_LimitAboveTheMaximumWithAFilter_IsLowered()
    {
        await Handler().Handle(new ListArticlesQuery { Tag = "dragons", Limit = 500 }, CancellationToken.None);

        Assert.That(_page!.Limit, Is.EqualTo(100));
    }

    [Test]
    public async Task Handle_AnonymousCallerWithAFilter_ListsForNoViewer()
    {
        _currentUser = TestCallers.Anonymous();

        await Handler().Handle(new ListArticlesQuery { Tag = "dragons" }, CancellationToken.None);

        Assert.That(_viewerId, Is.Null);
    }

    private ListArticlesQueryHandler Handler() => new(_articles.Object, _relations.Object, _currentUser.Object);
}
