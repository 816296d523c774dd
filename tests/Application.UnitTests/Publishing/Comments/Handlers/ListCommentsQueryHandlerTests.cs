using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Comments;
using CleanBackend.Application.Publishing.Comments.Queries.ListComments;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Comments.Handlers;

public class ListCommentsQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("b3c4d5e6-f708-491a-a2b3-c4d5e6f70819");
    private static readonly Guid ArticleId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");

    private Mock<IArticleReadService> _articles = null!;
    private Mock<ICommentReadService> _comments = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private CommentListDto _list = null!;

    [SetUp]
    public void SetUp()
    {
        _list = new CommentListDto { Comments = [new CommentDto { Id = 1 }] };
        _articles = new Mock<IArticleReadService>();
        _articles.Setup(articles => articles.FindIdAsync(TestArticles.Slug, It.IsAny<CancellationToken>())).ReturnsAsync(ArticleId);
        _comments = new Mock<ICommentReadService>();
        _comments
            .Setup(comments => comments.ListAsync(It.IsAny<Guid>(), It.IsAny<PageRequest<long>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _list);
        _currentUser = TestCallers.SignedIn(ViewerId);
    }

    [Test]
    public async Task Handle_NoPaging_ListsUpToTheMaximumPageAsTheCallerSeesIt()
    {
        var list = await Handler().Handle(new ListCommentsQuery { Slug = TestArticles.Slug }, CancellationToken.None);

        Assert.That(list, Is.SameAs(_list));
        _comments.Verify(
            comments => comments.ListAsync(ArticleId, new PageRequest<long>(100, 0, null), ViewerId, It.IsAny<CancellationToken>()),
            Times.Once());
    }

    [TestCase(5, 5)]
    [TestCase(500, 100)]
    public async Task Handle_Limit_IsPassedOnCappedAtTheMaximum(int limit, int expected)
    {
        await Handler().Handle(new ListCommentsQuery { Slug = TestArticles.Slug, Limit = limit, Offset = 3 }, CancellationToken.None);

        _comments.Verify(
            comments => comments.ListAsync(ArticleId, new PageRequest<long>(expected, 3, null), ViewerId, It.IsAny<CancellationToken>()),
            Times.Once());
    }

    [Test]
    public async Task Handle_Cursor_IsDecodedIntoThePositionToSeekAfter()
    {
        var cursor = new KeysetCursor<long>(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(10), 17);

        await Handler().Handle(new ListCommentsQuery { Slug = TestArticles.Slug, Limit = 10, Cursor = CursorLists.Comments.Encode(cursor) }, CancellationToken.None);

        _comments.Verify(
            comments => comments.ListAsync(ArticleId, new PageRequest<long>(10, 0, cursor), ViewerId, It.IsAny<CancellationToken>()),
            Times.Once());
    }

    [Test]
    public async Task Handle_AnonymousCaller_ListsForNoViewer()
    {
        _currentUser = TestCallers.Anonymous();

        await Handler().Handle(new ListCommentsQuery { Slug = TestArticles.Slug }, CancellationToken.None);

        _comments.Verify(
            comments => comments.ListAsync(ArticleId, It.IsAny<PageRequest<long>>(), null, It.IsAny<CancellationToken>()),
            Times.Once());
    }

    [Test]
    public void Handle_UnknownArticle_ThrowsNotFoundForTheArticleAndListsNothing()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(new ListCommentsQuery { Slug = "no-such-article" }, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _comments.VerifyNoOtherCalls();
    }

    private ListCommentsQueryHandler Handler() => new(_articles.Object, _comments.Object, _currentUser.Object);
}
