using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Queries.GetArticle;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

public class GetArticleQueryHandlerTests
{
    private static readonly Guid ViewerId = Guid.Parse("8091a2b3-c4d5-46e7-f809-1a2b3c4d5e6f");

    private Mock<IArticleReadService> _articles = null!;
    private Mock<ICurrentUser> _currentUser = null!;

    [SetUp]
    public void SetUp()
    {
        _articles = new Mock<IArticleReadService>();
        _currentUser = TestCallers.SignedIn(ViewerId);
    }

    [Test]
    public async Task Handle_KnownSlug_ReturnsTheArticleAsTheCallerSeesIt()
    {
        var article = new ArticleDto { Slug = TestArticles.Slug, Favorited = true };
        _articles.Setup(articles => articles.FindAsync(TestArticles.Slug, ViewerId, It.IsAny<CancellationToken>())).ReturnsAsync(article);

        Assert.That(await Handler().Handle(new GetArticleQuery(TestArticles.Slug), CancellationToken.None), Is.SameAs(article));
    }

    [Test]
    public async Task Handle_AnonymousCaller_ReadsForNoViewer()
    {
        _currentUser = TestCallers.Anonymous();
        var article = new ArticleDto { Slug = TestArticles.Slug };
        _articles.Setup(articles => articles.FindAsync(TestArticles.Slug, null, It.IsAny<CancellationToken>())).ReturnsAsync(article);

        Assert.That(await Handler().Handle(new GetArticleQuery(TestArticles.Slug), CancellationToken.None), Is.SameAs(article));
    }

    [Test]
    public void Handle_UnknownSlug_ThrowsNotFoundForTheArticle()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new GetArticleQuery("no-such-article"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
    }

    private GetArticleQueryHandler Handler() => new(_articles.Object, _currentUser.Object);
}
