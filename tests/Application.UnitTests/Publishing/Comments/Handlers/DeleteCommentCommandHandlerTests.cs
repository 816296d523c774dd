using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Comments.Commands.DeleteComment;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Comments.Handlers;

public class DeleteCommentCommandHandlerTests
{
    private const long CommentId = 42;

    private static readonly Guid AuthorId = Guid.Parse("a2b3c4d5-e6f7-4809-91a2-b3c4d5e6f708");
    private static readonly Guid ArticleId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");
    private static readonly DeleteCommentCommand Command = new(TestArticles.Slug, CommentId);

    private Comment _comment = null!;
    private Mock<IArticleReadService> _articles = null!;
    private Mock<ICommentRepository> _comments = null!;
    private Mock<ICurrentUser> _currentUser = null!;

    [SetUp]
    public void SetUp()
    {
        _comment = Comment.Write(ArticleId, AuthorId, "Thank you so much!", FakeClock.DefaultStart);
        _articles = new Mock<IArticleReadService>();
        _articles.Setup(articles => articles.FindIdAsync(TestArticles.Slug, It.IsAny<CancellationToken>())).ReturnsAsync(ArticleId);
        _comments = new Mock<ICommentRepository>();
        _comments.Setup(comments => comments.FindAsync(ArticleId, CommentId, It.IsAny<CancellationToken>())).ReturnsAsync(_comment);
        _currentUser = TestCallers.SignedIn(AuthorId);
    }

    [Test]
    public async Task Handle_Author_RemovesTheComment()
    {
        await Handler().Handle(Command, CancellationToken.None);

        _comments.Verify(comments => comments.Remove(_comment), Times.Once());
    }

    [Test]
    public void Handle_OtherUser_ThrowsForbiddenForTheCommentAndRemovesNothing()
    {
        _currentUser = TestCallers.SignedIn(Guid.NewGuid(), RoleName.User);

        var exception = Assert.ThrowsAsync<ForbiddenException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("comment"));
        _comments.Verify(comments => comments.Remove(It.IsAny<Comment>()), Times.Never());
    }

    [TestCase(RoleName.Moderator)]
    [TestCase(RoleName.Admin)]
    public async Task Handle_OtherUserWhoModerates_RemovesTheComment(string role)
    {
        _currentUser = TestCallers.SignedIn(Guid.NewGuid(), RoleName.User, role);

        await Handler().Handle(Command, CancellationToken.None);

        _comments.Verify(comments => comments.Remove(_comment), Times.Once());
    }

    [Test]
    public void Handle_UnknownComment_ThrowsNotFoundForTheComment()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(Command with { Id = CommentId + 1 }, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("comment"));
        _comments.Verify(comments => comments.Remove(It.IsAny<Comment>()), Times.Never());
    }

    [Test]
    public void Handle_CommentOfAnotherArticle_ThrowsNotFoundForTheComment()
    {
        var otherArticleId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-000000000001");
        _articles.Setup(articles => articles.FindIdAsync("other-article", It.IsAny<CancellationToken>())).ReturnsAsync(otherArticleId);

        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(Command with { Slug = "other-article" }, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("comment"));
    }

    [Test]
    public void Handle_UnknownArticle_ThrowsNotFoundForTheArticle()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(Command with { Slug = "no-such-article" }, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _comments.Verify(comments => comments.Remove(It.IsAny<Comment>()), Times.Never());
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        _comments.Verify(comments => comments.Remove(It.IsAny<Comment>()), Times.Never());
    }

    private DeleteCommentCommandHandler Handler() => new(_articles.Object, _comments.Object, _currentUser.Object);
}
