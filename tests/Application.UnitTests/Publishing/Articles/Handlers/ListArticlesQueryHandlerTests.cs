using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

public class ListArticlesQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("6e7f8091-a2b3-44c5-d6e7-f8091a2b3c4d");

    private Mock<IArticleReadService> _articles = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private ArticleListDto _list = null!;
    private ArticleFilter? _filter;
    private PageRequest<ArticleCursor>? _page;
    private Guid? _viewerId;

    [SetUp]
    public void SetUp()
    {
        _list = new ArticleListDto { ArticlesCount = 42 };
        _filter = null;
        _page = null;
        _viewerId = null;
        _articles = new Mock<IArticleReadService>();
        _articles
            .Setup(articles => articles.ListAsync(It.IsAny<ArticleFilter>(), It.IsAny<PageRequest<ArticleCursor>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .Callback((ArticleFilter filter, PageRequest<ArticleCursor> page, Guid? viewerId, CancellationToken _) =>
            {
                _filter = filter;
                _page = page;
                _viewerId = viewerId;
            })
            .ReturnsAsync(() => _list);
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
    public async Task Handle_BlankFilters_AreNotSet(string? blank)
    {
        await Handler().Handle(new ListArticlesQuery { Tag = blank, Author = blank, Favorited = blank, Q = blank }, CancellationToken.None);

        Assert.That(_filter, Is.EqualTo(new ArticleFilter(null, null, null, null)));
    }

    [Test]
    public async Task Handle_NoPaging_AsksForTheFirstTwentyArticles()
    {
        await Handler().Handle(new ListArticlesQuery(), CancellationToken.None);

        Assert.That(_page, Is.EqualTo(new PageRequest<ArticleCursor>(20, 0, null)));
    }

    [Test]
    public async Task Handle_LimitAndOffset_ArePassedOn()
    {
        await Handler().Handle(new ListArticlesQuery { Limit = 7, Offset = 14 }, CancellationToken.None);

        Assert.That(_page, Is.EqualTo(new PageRequest<ArticleCursor>(7, 14, null)));
    }

    [Test]
    public async Task Handle_LimitAboveTheMaximum_IsLowered()
    {
        await Handler().Handle(new ListArticlesQuery { Limit = 500 }, CancellationToken.None);

        Assert.That(_page!.Limit, Is.EqualTo(100));
    }

    [Test]
    public async Task Handle_Cursor_IsDecodedIntoThePositionToSeekAfter()
    {
        var cursor = new ArticleCursor(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f"), 0.25f);

        await Handler().Handle(new ListArticlesQuery { Limit = 10, Cursor = cursor.Encode() }, CancellationToken.None);

        Assert.That(_page, Is.EqualTo(new PageRequest<ArticleCursor>(10, 0, cursor)));
    }

    [Test]
    public async Task Handle_SignedInCaller_ListsAsTheCallerSeesIt()
    {
        var list = await Handler().Handle(new ListArticlesQuery(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_viewerId, Is.EqualTo(ViewerId));
            Assert.That(list, Is.SameAs(_list));
        }
    }

    [Test]
    public async Task Handle_AnonymousCaller_ListsForNoViewer()
    {
        _currentUser = TestCallers.Anonymous();

        await Handler().Handle(new ListArticlesQuery(), CancellationToken.None);

        Assert.That(_viewerId, Is.Null);
    }

    private ListArticlesQueryHandler Handler() => new(_articles.Object, _currentUser.Object);
}
