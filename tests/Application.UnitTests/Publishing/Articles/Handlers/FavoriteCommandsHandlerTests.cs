using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Commands.Favorites;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

/// <summary>Favorite and unfavorite share their handler; the mirror-image cases run for both (true = favorite).</summary>
public class FavoriteCommandsHandlerTests
{
    private static readonly Guid CallerId = Guid.Parse("4c5d6e7f-8091-42a3-b4c5-d6e7f8091a2b");
    private static readonly Guid ArticleId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");

    private readonly List<string> _calls = [];
    private FakeClock _clock = null!;
    private Mock<IArticleReadService> _articles = null!;
    private Mock<IFavoriteStore> _favorites = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private CacheEvictions _evictions = null!;
    private ArticleDto _readBack = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _readBack = new ArticleDto { Slug = TestArticles.Slug, Favorited = true, FavoritesCount = 1, Author = new ProfileDto { Username = "Jake" } };
        _evictions = new CacheEvictions();
        _clock = new FakeClock();
        _articles = new Mock<IArticleReadService>();
        _articles.Setup(articles => articles.FindIdAsync(TestArticles.Slug, It.IsAny<CancellationToken>())).ReturnsAsync(ArticleId);
        _articles
            .Setup(articles => articles.FindAsync(TestArticles.Slug, CallerId, It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(() => _readBack);
        _favorites = new Mock<IFavoriteStore>();
        _favorites
            .Setup(favorites => favorites.FavoriteAsync(It.IsAny<Guid>(), It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("favorited"))
            .Returns(Task.CompletedTask);
        _favorites
            .Setup(favorites => favorites.UnfavoriteAsync(It.IsAny<Guid>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("unfavorited"))
            .Returns(Task.CompletedTask);
        _currentUser = TestCallers.SignedIn(CallerId);
    }

    [Test]
    public async Task Handle_FavoriteKnownArticle_FavoritesItForTheCallerNow()
    {
        await Send(favorite: true, TestArticles.Slug);

        _favorites.Verify(favorites => favorites.FavoriteAsync(CallerId, ArticleId, _clock.GetUtcNow(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_UnfavoriteKnownArticle_UnfavoritesItForTheCaller()
    {
        await Send(favorite: false, TestArticles.Slug);

        _favorites.Verify(favorites => favorites.UnfavoriteAsync(CallerId, ArticleId, It.IsAny<CancellationToken>()), Times.Once());
    }

    [TestCase(true, "favorited")]
    [TestCase(false, "unfavorited")]
    public async Task Handle_KnownArticle_ReturnsTheArticleAsTheCallerSeesItAfterwards(bool favorite, string change)
    {
        var dto = await Send(favorite, TestArticles.Slug);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto, Is.SameAs(_readBack));
            Assert.That(_calls, Is.EqualTo(new[] { change, "read" }));
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Handle_UnknownSlug_ThrowsNotFoundForTheArticleAndChangesNothing(bool favorite)
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(() => Send(favorite, "no-such-article"));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _favorites.VerifyNoOtherCalls();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Handle_AnonymousCaller_ThrowsUnauthorized(bool favorite)
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Send(favorite, TestArticles.Slug));

        _favorites.VerifyNoOtherCalls();
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Handle_KnownArticle_EvictsTheArticleAndTheFirstPagesOfItsAuthorForTheNewCount(bool favorite)
    {
        await Send(favorite, TestArticles.Slug);

        var evicted = _evictions.Drain();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(evicted, Is.EquivalentTo(ArticleCacheKeys.ArticleChanged(TestArticles.Slug, "Jake")));
            Assert.That(evicted, Does.Contain("article:" + TestArticles.Slug));
            Assert.That(evicted, Does.Contain("articles:first-page:20").And.Contain("articles:by:jake:first-page:20"));
            Assert.That(evicted, Does.Not.Contain("tags"), "a favorite changes no tag");
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Handle_UnknownSlug_EvictsNothing(bool favorite)
    {
        Assert.ThrowsAsync<NotFoundException>(() => Send(favorite, "no-such-article"));

        Assert.That(_evictions.Drain(), Is.Empty);
    }

    private Task<ArticleDto> Send(bool favorite, string slug)
    {
        var handler = new FavoriteCommandsHandler(_articles.Object, _favorites.Object, _currentUser.Object, _evictions, _clock);
        return favorite
            ? handler.Handle(new FavoriteArticleCommand(slug), CancellationToken.None)
            : handler.Handle(new UnfavoriteArticleCommand(slug), CancellationToken.None);
    }
}
