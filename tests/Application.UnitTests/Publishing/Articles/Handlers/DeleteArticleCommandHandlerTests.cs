using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Commands.DeleteArticle;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Publishing;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

public class DeleteArticleCommandHandlerTests
{
    private static readonly Guid AuthorId = Guid.Parse("2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901");

    private Article _article = null!;
    private Mock<IArticleRepository> _articles = null!;
    private Mock<IArticleReadService> _articleReads = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private CacheEvictions _evictions = null!;

    [SetUp]
    public void SetUp()
    {
        _article = TestArticles.Publish(AuthorId);
        _articles = new Mock<IArticleRepository>();
        _articles.Setup(articles => articles.FindBySlugAsync(TestArticles.Slug, It.IsAny<CancellationToken>())).ReturnsAsync(_article);
        _articleReads = new Mock<IArticleReadService>();
        _articleReads
            .Setup(reads => reads.FindAsync(TestArticles.Slug, It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ArticleDto { Slug = TestArticles.Slug, Author = new ProfileDto { Username = "Jake" } });
        _currentUser = TestCallers.SignedIn(AuthorId);
        _evictions = new CacheEvictions();
    }

    [Test]
    public async Task Handle_Author_RemovesTheArticle()
    {
        await Handler().Handle(new DeleteArticleCommand(TestArticles.Slug), CancellationToken.None);

        _articles.Verify(articles => articles.Remove(_article), Times.Once());
    }

    [Test]
    public async Task Handle_Author_EvictsTheArticleTheFirstPagesOfItsAuthorAndTheTags()
    {
        await Handler().Handle(new DeleteArticleCommand(TestArticles.Slug), CancellationToken.None);

        var evicted = _evictions.Drain();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(evicted, Is.EquivalentTo(ArticleCacheKeys.ArticleChanged(TestArticles.Slug, "Jake").Append(ArticleCacheKeys.Tags)));
            Assert.That(evicted, Does.Contain("article:" + TestArticles.Slug));
            Assert.That(evicted, Does.Contain("articles:first-page:20").And.Contain("articles:by:jake:first-page:20"));
            Assert.That(evicted, Does.Contain("tags"), "a tag only this article used disappears from the list");
        }
    }

    [Test]
    public void Handle_UnknownSlug_ThrowsNotFoundForTheArticle()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(new DeleteArticleCommand("no-such-article"), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _articles.Verify(articles => articles.Remove(It.IsAny<Article>()), Times.Never());
        Assert.That(_evictions.Drain(), Is.Empty);
    }

    [Test]
    public void Handle_CallerIsNotTheAuthor_ThrowsForbiddenAndRemovesNothing()
    {
        _currentUser = TestCallers.SignedIn(Guid.NewGuid());

        var exception = Assert.ThrowsAsync<ForbiddenException>(
            () => Handler().Handle(new DeleteArticleCommand(TestArticles.Slug), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _articles.Verify(articles => articles.Remove(It.IsAny<Article>()), Times.Never());
        Assert.That(_evictions.Drain(), Is.Empty);
    }

    [Test]
    public void Handle_ModeratorWhoIsNotTheAuthor_ThrowsForbidden()
    {
        _currentUser = TestCallers.SignedIn(Guid.NewGuid(), "Moderator", "Admin");

        Assert.ThrowsAsync<ForbiddenException>(() => Handler().Handle(new DeleteArticleCommand(TestArticles.Slug), CancellationToken.None));
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(new DeleteArticleCommand(TestArticles.Slug), CancellationToken.None));

        _articles.Verify(articles => articles.Remove(It.IsAny<Article>()), Times.Never());
    }

    private DeleteArticleCommandHandler Handler() => new(_articles.Object, _articleReads.Object, _currentUser.Object, _evictions);
}
