using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Commands.UnfavoriteArticle;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

public class UnfavoriteArticleCommandHandlerTests
{
    private static readonly Guid CallerId = Guid.Parse("5d6e7f80-91a2-43b4-c5d6-e7f8091a2b3c");
    private static readonly Guid ArticleId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");

    private readonly List<string> _calls = [];
    private Mock<IArticleReadService> _articles = null!;
    private Mock<IFavoriteStore> _favorites = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private CacheEvictions _evictions = null!;
    private ArticleDto _readBack = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _readBack = new ArticleDto { Slug = TestArticles.Slug, Favorited = false, FavoritesCount = 0, Author = new ProfileDto { Username = "Jake" } };
        _evictions = new CacheEvictions();
        _articles = new Mock<IArticleReadService>();
        _articles.Setup(articles => articles.FindIdAsync(TestArticles.Slug, It.IsAny<CancellationToken>())).ReturnsAsync(ArticleId);
        _articles
            .Setup(articles => articles.FindAsync(TestArticles.Slug, CallerId, It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(() => _readBack);
        _favorites = new Mock<IFavoriteStore>();
        _favorites
            .Setup(favorites => favorites.UnfavoriteAsync(It.IsAny<Guid>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("unfavorited"))
            .Returns(Task.CompletedTask);
        _currentUser = TestCallers.SignedIn(CallerId);
    }

    [Test]
    public async Task Handle_KnownArticle_UnfavoritesItForTheCaller()
    {
        await Handler().Handle(new UnfavoriteArticleCommand(TestArticles.Slug), CancellationToken.None);

        _favorites.Verify(favorites => favorites.UnfavoriteAsync(CallerId, ArticleId, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_KnownArticle_ReturnsTheArticleAsTheCallerSeesItAfterwards()
    {
        var dto = await Handler().Handle(new UnfavoriteArticleCommand(TestArticles.Slug), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto, Is.SameAs(_readBack));
            Assert.That(_calls, Is.EqualTo(new[] { "unfavorited", "read" }));
        }
    }

    [Test]
    public void Handle_UnknownSlug_ThrowsNotFoundForTheArticleAndUnfavoritesNothing()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(new UnfavoriteArticleCommand("no-such-article"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _favorites.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(new UnfavoriteArticleCommand(TestArticles.Slug), CancellationToken.None));

        _favorites.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_KnownArticle_EvictsTheArticleAndTheFirstPagesOfItsAuthorForTheNewCount()
    {
        await Handler().Handle(new UnfavoriteArticleCommand(TestArticles.Slug), CancellationToken.None);

        var evicted = _evictions.Drain();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(evicted, Is.EquivalentTo(ArticleCacheKeys.ArticleChanged(TestArticles.Slug, "Jake")));
            Assert.That(evicted, Does.Contain("article:" + TestArticles.Slug));
            Assert.That(evicted, Does.Contain("articles:first-page:20").And.Contain("articles:by:jake:first-page:20"));
            Assert.That(evicted, Does.Not.Contain("tags"), "a favorite changes no tag");
        }
    }

    [Test]
    public void Handle_UnknownSlug_EvictsNothing()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new UnfavoriteArticleCommand("no-such-article"), CancellationToken.None));

        Assert.That(_evictions.Drain(), Is.Empty);
    }

    private UnfavoriteArticleCommandHandler Handler() => new(_articles.Object, _favorites.Object, _currentUser.Object, _evictions);
}
