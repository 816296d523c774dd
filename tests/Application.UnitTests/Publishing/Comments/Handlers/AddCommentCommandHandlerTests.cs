using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Comments;
using CleanBackend.Application.Publishing.Comments.Commands.AddComment;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Publishing;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Comments.Handlers;

public class AddCommentCommandHandlerTests
{
    private const long AssignedId = 42;

    private static readonly Guid AuthorId = Guid.Parse("91a2b3c4-d5e6-47f8-8091-a2b3c4d5e6f7");
    private static readonly Guid ArticleId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");
    private static readonly AddCommentCommand Command = new() { Slug = TestArticles.Slug, Body = "Thank you so much!" };

    private readonly List<string> _calls = [];
    private FakeClock _clock = null!;
    private Mock<IArticleReadService> _articles = null!;
    private Mock<ICommentRepository> _commentStore = null!;
    private Mock<ICommentReadService> _comments = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private Comment? _added;
    private CommentDto _readBack = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _added = null;
        _readBack = new CommentDto { Id = AssignedId, Body = "Thank you so much!" };
        _clock = new FakeClock();
        _articles = new Mock<IArticleReadService>();
        _articles.Setup(articles => articles.FindIdAsync(TestArticles.Slug, It.IsAny<CancellationToken>())).ReturnsAsync(ArticleId);
        _commentStore = new Mock<ICommentRepository>();
        _commentStore.Setup(comments => comments.Add(It.IsAny<Comment>())).Callback((Comment comment) =>
        {
            _calls.Add("added");
            _added = comment;
        });

        // Saving is when the database assigns the comment's id, as EF Core does for identity keys.
        _unitOfWork = new Mock<IUnitOfWork>();
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                _calls.Add("saved");
                typeof(Comment).GetProperty(nameof(Comment.Id))!.SetValue(_added, AssignedId);
            })
            .Returns(Task.CompletedTask);
        _comments = new Mock<ICommentReadService>();
        _comments
            .Setup(comments => comments.FindAsync(It.IsAny<long>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync((long id, Guid? _, CancellationToken _) => id == AssignedId ? _readBack : null);
        _currentUser = TestCallers.SignedIn(AuthorId);
    }

    [Test]
    public async Task Handle_KnownArticle_AddsTheCommentWrittenByTheCallerNow()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_added!.ArticleId, Is.EqualTo(ArticleId));
            Assert.That(_added.AuthorId, Is.EqualTo(AuthorId));
            Assert.That(_added.Body, Is.EqualTo("Thank you so much!"));
            Assert.That(_added.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
        }
    }

    [Test]
    public async Task Handle_KnownArticle_SavesThenReadsTheCommentBackByItsAssignedId()
    {
        var dto = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_calls, Is.EqualTo(new[] { "added", "saved", "read" }));
            Assert.That(dto, Is.SameAs(_readBack));
        }

        _comments.Verify(comments => comments.FindAsync(AssignedId, AuthorId, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public void Handle_UnknownSlug_ThrowsNotFoundForTheArticleAndAddsNothing()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(Command with { Slug = "no-such-article" }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Resource, Is.EqualTo("article"));
            Assert.That(_added, Is.Null);
        }

        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(_added, Is.Null);
    }

    private AddCommentCommandHandler Handler() =>
        new(_articles.Object, _commentStore.Object, _comments.Object, _unitOfWork.Object, _currentUser.Object, _clock);
}
