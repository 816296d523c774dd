using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Queries.GetFeed;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

public class GetFeedQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("7f8091a2-b3c4-45d6-e7f8-091a2b3c4d5e");

    private Mock<IArticleReadService> _articles = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private ArticleListDto _feed = null!;

    [SetUp]
    public void SetUp()
    {
        _feed = new ArticleListDto { ArticlesCount = 3 };
        _articles = new Mock<IArticleReadService>();
        _articles
            .Setup(articles => articles.FeedAsync(It.IsAny<Guid>(), It.IsAny<PageRequest<Guid>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _feed);
        _currentUser = TestCallers.SignedIn(ViewerId);
    }

    [Test]
    public async Task Handle_NoPaging_ReturnsTheCallersFeedFromTheFirstTwentyArticles()
    {
        var feed = await Handler().Handle(new GetFeedQuery(), CancellationToken.None);

        Assert.That(feed, Is.SameAs(_feed));
        _articles.Verify(articles => articles.FeedAsync(ViewerId, new PageRequest<Guid>(20, 0, null), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_Paging_IsPassedOnWithTheLimitCapped()
    {
        await Handler().Handle(new GetFeedQuery { Limit = 1000, Offset = 5 }, CancellationToken.None);

        _articles.Verify(articles => articles.FeedAsync(ViewerId, new PageRequest<Guid>(100, 5, null), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_Cursor_IsDecodedIntoThePositionToSeekAfter()
    {
        var cursor = new KeysetCursor<Guid>(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero), Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f"));

        await Handler().Handle(new GetFeedQuery { Cursor = CursorLists.Articles.Encode(cursor) }, CancellationToken.None);

        _articles.Verify(articles => articles.FeedAsync(ViewerId, new PageRequest<Guid>(20, 0, cursor), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(new GetFeedQuery(), CancellationToken.None));

        _articles.VerifyNoOtherCalls();
    }

    private GetFeedQueryHandler Handler() => new(_articles.Object, _currentUser.Object);
}
