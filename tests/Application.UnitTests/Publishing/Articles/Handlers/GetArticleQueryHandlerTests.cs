using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Queries.GetArticle;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

/// <summary>The article comes from the cached snapshot; only the viewer's flags are read per request.</summary>
public class GetArticleQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("8091a2b3-c4d5-46e7-f809-1a2b3c4d5e6f");
    private static readonly Guid AuthorId = Guid.Parse("91a2b3c4-d5e6-47f8-8091-a2b3c4d5e6f7");

    private ArticleSnapshot _snapshot = null!;
    private Mock<IArticleReadService> _articles = null!;
    private Mock<IViewerRelationsReader> _relations = null!;
    private Mock<ICurrentUser> _currentUser = null!;

    [SetUp]
    public void SetUp()
    {
        _snapshot = TestSnapshots.Article(TestArticles.Slug, AuthorId);
        _articles = new Mock<IArticleReadService>();
        _articles
            .Setup(articles => articles.FindSnapshotAsync(TestArticles.Slug, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _snapshot);
        _relations = new Mock<IViewerRelationsReader>();
        _relations
            .Setup(reader => reader.ReadAsync(It.IsAny<Guid>(), It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ViewerRelations.None);
        _currentUser = TestCallers.SignedIn(ViewerId);
    }

    [Test]
    public async Task Handle_KnownSlug_ReturnsTheSnapshotsContent()
    {
        var article = await Handler().Handle(new GetArticleQuery(TestArticles.Slug), CancellationToken.None);

        var cached = _snapshot.Article;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Slug, Is.EqualTo(cached.Slug));
            Assert.That(article.Title, Is.EqualTo(cached.Title));
            Assert.That(article.Description, Is.EqualTo(cached.Description));
            Assert.That(article.Body, Is.EqualTo(cached.Body));
            Assert.That(article.TagList, Is.EqualTo(cached.TagList));
            Assert.That(article.CreatedAt, Is.EqualTo(cached.CreatedAt));
            Assert.That(article.UpdatedAt, Is.EqualTo(cached.UpdatedAt));
            Assert.That(article.FavoritesCount, Is.EqualTo(3));
            Assert.That(article.Author.Username, Is.EqualTo("Jake"));
            Assert.That(article.Author.Bio, Is.EqualTo(cached.Author.Bio));
            Assert.That(article.Author.Image, Is.EqualTo(cached.Author.Image));
        }
    }

    [Test]
    public async Task Handle_SignedInViewer_OverlaysTheViewersFlagsFromOneRelationsQuery()
    {
        _relations
            .Setup(reader => reader.ReadAsync(ViewerId, It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ViewerRelations(new HashSet<Guid> { _snapshot.Id }, new HashSet<Guid> { AuthorId }));

        var article = await Handler().Handle(new GetArticleQuery(TestArticles.Slug), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Favorited, Is.True);
            Assert.That(article.Author.Following, Is.True);
            Assert.That(_snapshot.Article.Favorited, Is.False, "the cached snapshot must not take the viewer's flags");
            Assert.That(_snapshot.Article.Author.Following, Is.False);
        }

        _relations.Verify(
            reader => reader.ReadAsync(
                ViewerId,
                It.Is<IReadOnlyCollection<Guid>>(ids => ids.SequenceEqual(new[] { _snapshot.Id })),
                It.Is<IReadOnlyCollection<Guid>>(ids => ids.SequenceEqual(new[] { AuthorId })),
                It.IsAny<CancellationToken>()),
            Times.Once());
        _relations.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_AnonymousCaller_HasNoFlagsAndQueriesNoRelations()
    {
        _currentUser = TestCallers.Anonymous();

        var article = await Handler().Handle(new GetArticleQuery(TestArticles.Slug), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Favorited, Is.False);
            Assert.That(article.Author.Following, Is.False);
        }

        _relations.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_UnknownSlug_ThrowsNotFoundForTheArticle()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new GetArticleQuery("no-such-article"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _relations.VerifyNoOtherCalls();
    }

    private GetArticleQueryHandler Handler() => new(_articles.Object, _relations.Object, _currentUser.Object);
}
