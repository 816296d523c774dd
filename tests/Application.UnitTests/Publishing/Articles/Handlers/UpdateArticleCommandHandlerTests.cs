using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Publishing;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

public class UpdateArticleCommandHandlerTests
{
    private static readonly Guid AuthorId = Guid.Parse("7e6d5c4b-3a29-4817-9f6e-5d4c3b2a1908");

    private readonly List<string> _calls = [];
    private FakeClock _clock = null!;
    private Article _article = null!;
    private Mock<IArticleRepository> _articles = null!;
    private Mock<IArticleReadService> _articleReads = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private CacheEvictions _evictions = null!;
    private ArticleDto _readBack = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _readBack = new ArticleDto { Slug = "read-back", Author = new ProfileDto { Username = "Jake" } };
        _evictions = new CacheEvictions();
        _clock = new FakeClock();
        _article = TestArticles.Publish(AuthorId, 1, 2);
        _articles = new Mock<IArticleRepository>();
        _articles.Setup(articles => articles.FindBySlugAsync(TestArticles.Slug, It.IsAny<CancellationToken>())).ReturnsAsync(_article);
        _articles
            .Setup(articles => articles.EnsureTagIdsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyCollection<string> names, CancellationToken _) => names.Select((_, index) => 100 + index).ToList());
        _unitOfWork = new Mock<IUnitOfWork>();
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).Callback(() => _calls.Add("saved")).Returns(Task.CompletedTask);
        _articleReads = new Mock<IArticleReadService>();
        _articleReads
            .Setup(reads => reads.FindAsync(It.IsAny<string>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("read"))
            .ReturnsAsync(() => _readBack);
        _currentUser = TestCallers.SignedIn(AuthorId);
    }

    [Test]
    public void Handle_UnknownSlug_ThrowsNotFoundForTheArticle()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => Handler().Handle(new UpdateArticleCommand { Slug = "no-such-article", Body = "New body" }, CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("article"));
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public void Handle_CallerIsNotTheAuthor_ThrowsForbiddenAndChangesNothing()
    {
        _currentUser = TestCallers.SignedIn(Guid.NewGuid());

        var exception = Assert.ThrowsAsync<ForbiddenException>(
            () => Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Title = "Taken over", Body = "New body" }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Resource, Is.EqualTo("article"));
            Assert.That(_article.Title, Is.EqualTo(TestArticles.Title));
            Assert.That(_article.Body, Is.EqualTo("You have to believe"));
            Assert.That(_article.UpdatedAt, Is.EqualTo(TestArticles.PublishedAt));
        }

        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public void Handle_ModeratorWhoIsNotTheAuthor_ThrowsForbidden()
    {
        _currentUser = TestCallers.SignedIn(Guid.NewGuid(), "Moderator", "Admin");

        Assert.ThrowsAsync<ForbiddenException>(
            () => Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Body = "New body" }, CancellationToken.None));
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorized()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(
            () => Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Body = "New body" }, CancellationToken.None));
    }

    [Test]
    public async Task Handle_NewTitle_TakesTheSlugOfTheNewTitleCheckedAgainstOtherArticles()
    {
        await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Title = "Training Dragons, Again" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_article.Title, Is.EqualTo("Training Dragons, Again"));
            Assert.That(_article.Slug, Is.EqualTo("training-dragons-again"));
            Assert.That(_article.CreatedAt, Is.EqualTo(TestArticles.PublishedAt));
            Assert.That(_article.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
        }

        _articles.Verify(articles => articles.IsSlugTakenAsync("training-dragons-again", _article.Id, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_NewTitleWhoseSlugAnotherArticleHas_AppendsASuffix()
    {
        _articles.Setup(articles => articles.IsSlugTakenAsync("training-dragons", _article.Id, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Title = "Training dragons" }, CancellationToken.None);

        Assert.That(_article.Slug, Does.Match("^training-dragons-[0-9a-f]{8}$"));
    }

    [Test]
    public async Task Handle_NewTitle_ReadsTheArticleBackUnderItsNewSlugAfterSaving()
    {
        var dto = await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Title = "Training dragons" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_calls, Is.EqualTo(new[] { "saved", "read" }));
            Assert.That(dto, Is.SameAs(_readBack));
        }

        _articleReads.Verify(reads => reads.FindAsync("training-dragons", AuthorId, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_UnchangedTitle_KeepsTheSlugWithoutLookingItUp()
    {
        await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Title = TestArticles.Title }, CancellationToken.None);

        Assert.That(_article.Slug, Is.EqualTo(TestArticles.Slug));
        _articles.Verify(articles => articles.IsSlugTakenAsync(It.IsAny<string>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public async Task Handle_OnlyBodyPresent_LeavesEveryOtherFieldAlone()
    {
        await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Body = "New body" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_article.Body, Is.EqualTo("New body"));
            Assert.That(_article.Title, Is.EqualTo(TestArticles.Title));
            Assert.That(_article.Slug, Is.EqualTo(TestArticles.Slug));
            Assert.That(_article.Description, Is.EqualTo("Ever wonder how?"));
            Assert.That(_article.Tags.Select(tag => tag.TagId), Is.EquivalentTo(new[] { 1, 2 }));
            Assert.That(_article.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
        }

        _articles.Verify(articles => articles.IsSlugTakenAsync(It.IsAny<string>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()), Times.Never());
        _articles.Verify(articles => articles.EnsureTagIdsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public async Task Handle_Description_ChangesIt()
    {
        await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Description = "New description" }, CancellationToken.None);

        Assert.That(_article.Description, Is.EqualTo("New description"));
    }

    [Test]
    public async Task Handle_EmptyTagList_RemovesEveryTag()
    {
        await Handler().Handle(
            new UpdateArticleCommand { Slug = TestArticles.Slug, TagList = new Optional<IReadOnlyList<string?>?>([]) },
            CancellationToken.None);

        Assert.That(_article.Tags, Is.Empty);
        _articles.Verify(articles => articles.EnsureTagIdsAsync(It.Is<IReadOnlyCollection<string>>(names => names.Count == 0), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_TagList_ReplacesTheTagsWithTheNormalizedOnes()
    {
        await Handler().Handle(
            new UpdateArticleCommand { Slug = TestArticles.Slug, TagList = new Optional<IReadOnlyList<string?>?>(["Zebras", "dragons", "DRAGONS "]) },
            CancellationToken.None);

        Assert.That(_article.Tags.Select(tag => tag.TagId), Is.EquivalentTo(new[] { 100, 101 }));
        _articles.Verify(
            articles => articles.EnsureTagIdsAsync(It.Is<IReadOnlyCollection<string>>(names => names.SequenceEqual(new[] { "dragons", "zebras" })), It.IsAny<CancellationToken>()),
            Times.Once());
    }

    [Test]
    public async Task Handle_NewTitle_EvictsThePreviousSlugTheNewOneTheFirstPagesOfTheAuthorAndTheTags()
    {
        _readBack = new ArticleDto { Slug = "training-dragons", Author = new ProfileDto { Username = "Jake" } };

        await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Title = "Training dragons" }, CancellationToken.None);

        var evicted = _evictions.Drain();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                evicted,
                Is.EquivalentTo(ArticleCacheKeys.ArticleChanged("training-dragons", "Jake").Append(ArticleCacheKeys.Article(TestArticles.Slug)).Append(ArticleCacheKeys.Tags)));
            Assert.That(evicted, Does.Contain("article:" + TestArticles.Slug), "the old slug must stop resolving");
            Assert.That(evicted, Does.Contain("article:training-dragons"), "a stale entry may exist under the new slug");
            Assert.That(evicted, Does.Contain("articles:first-page:20").And.Contain("articles:by:jake:first-page:20"));
            Assert.That(evicted, Does.Contain("tags"));
        }
    }

    [Test]
    public async Task Handle_SameSlug_EvictsTheArticleOnce()
    {
        _readBack = new ArticleDto { Slug = TestArticles.Slug, Author = new ProfileDto { Username = "Jake" } };

        await Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Body = "New body" }, CancellationToken.None);

        Assert.That(_evictions.Drain(), Is.EquivalentTo(ArticleCacheKeys.ArticleChanged(TestArticles.Slug, "Jake").Append(ArticleCacheKeys.Tags)));
    }

    [Test]
    public void Handle_CallerIsNotTheAuthor_EvictsNothing()
    {
        _currentUser = TestCallers.SignedIn(Guid.NewGuid());

        Assert.ThrowsAsync<ForbiddenException>(
            () => Handler().Handle(new UpdateArticleCommand { Slug = TestArticles.Slug, Body = "New body" }, CancellationToken.None));

        Assert.That(_evictions.Drain(), Is.Empty);
    }

    private UpdateArticleCommandHandler Handler() =>
        new(_articles.Object, _articleReads.Object, _unitOfWork.Object, _currentUser.Object, _evictions, _clock);
}
