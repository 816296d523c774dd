using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Publishing;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Handlers;

public class CreateArticleCommandHandlerTests
{
    private static readonly Guid AuthorId = Guid.Parse("3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a");

    private static readonly CreateArticleCommand Command = new()
    {
        Title = "How to train your dragon",
        Description = "Ever wonder how?",
        Body = "You have to believe",
        TagList = ["Dragons", " training ", "dragons", "", null],
    };

    private static readonly Dictionary<string, int> TagIds = new(StringComparer.Ordinal) { ["dragons"] = 11, ["training"] = 12 };

    private readonly List<string> _calls = [];
    private FakeClock _clock = null!;
    private Mock<IArticleRepository> _articles = null!;
    private Mock<ITagRepository> _tags = null!;
    private Mock<IArticleReadService> _articleReads = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private CacheEvictions _evictions = null!;
    private Article? _added;
    private ArticleDto _readBack = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _added = null;
        _readBack = new ArticleDto { Slug = "read-back", Author = new ProfileDto { Username = "Jake" } };
        _evictions = new CacheEvictions();
        _clock = new FakeClock();
        _articles = new Mock<IArticleRepository>();
        _articles.Setup(articles => articles.Add(It.IsAny<Article>())).Callback((Article article) =>
        {
            _calls.Add("added");
            _added = article;
        });
        _tags = new Mock<ITagRepository>();
        _tags
            .Setup(tags => tags.EnsureTagIdsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyCollection<string> names, CancellationToken _) => names.Select(name => TagIds[name]).ToList());
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
    public async Task Handle_TagList_EnsuresTheNormalizedTagsAndLinksTheirIds()
    {
        await Handler().Handle(Command, CancellationToken.None);

        _tags.Verify(
            tags => tags.EnsureTagIdsAsync(It.Is<IReadOnlyCollection<string>>(names => names.SequenceEqual(new[] { "dragons", "training" })), It.IsAny<CancellationToken>()),
            Times.Once());
        Assert.That(_added!.Tags.Select(tag => tag.TagId), Is.EquivalentTo(new[] { 11, 12 }));
    }

    [Test]
    public async Task Handle_NoTagList_PublishesWithoutTags()
    {
        await Handler().Handle(Command with { TagList = null }, CancellationToken.None);

        Assert.That(_added!.Tags, Is.Empty);
    }

    [Test]
    public async Task Handle_SlugOfTheTitleIsFree_UsesIt()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_added!.Slug, Is.EqualTo("how-to-train-your-dragon"));
        _articles.Verify(articles => articles.IsSlugTakenAsync("how-to-train-your-dragon", null, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task Handle_SlugOfTheTitleIsTaken_AppendsASuffix()
    {
        _articles.Setup(articles => articles.IsSlugTakenAsync("how-to-train-your-dragon", null, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_added!.Slug, Does.Match("^how-to-train-your-dragon-[0-9a-f]{8}$"));
    }

    [Test]
    public async Task Handle_Command_AddsTheArticlePublishedByTheCallerNow()
    {
        await Handler().Handle(Command, CancellationToken.None);

        Assert.That(_added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_added!.AuthorId, Is.EqualTo(AuthorId));
            Assert.That(_added.Title, Is.EqualTo("How to train your dragon"));
            Assert.That(_added.Description, Is.EqualTo("Ever wonder how?"));
            Assert.That(_added.Body, Is.EqualTo("You have to believe"));
            Assert.That(_added.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_added.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
        }
    }

    [Test]
    public async Task Handle_Command_SavesBeforeReadingTheArticleBackAsTheAuthorSeesIt()
    {
        var dto = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_calls, Is.EqualTo(new[] { "added", "saved", "read" }));
            Assert.That(dto, Is.SameAs(_readBack));
        }

        _articleReads.Verify(reads => reads.FindAsync(_added!.Slug, AuthorId, It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorizedAndAddsNothing()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(_added, Is.Null);
        _unitOfWork.Verify(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never());
        Assert.That(_evictions.Drain(), Is.Empty);
    }

    [Test]
    public async Task Handle_Command_EvictsTheArticleTheFirstPagesOfItsAuthorAndTheTags()
    {
        await Handler().Handle(Command, CancellationToken.None);

        var evicted = _evictions.Drain();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(evicted, Is.EquivalentTo(ArticleCacheKeys.ArticleChanged("read-back", "Jake").Append(ArticleCacheKeys.Tags)));
            Assert.That(evicted, Does.Contain("article:read-back"));
            Assert.That(evicted, Does.Contain("articles:first-page:10").And.Contain("articles:first-page:20"));
            Assert.That(evicted, Does.Contain("articles:by:jake:first-page:20"), "the author's profile page lists the new article");
            Assert.That(evicted, Does.Contain("tags"), "the article may bring new tags");
        }
    }

    private CreateArticleCommandHandler Handler() =>
        new(_articles.Object, _tags.Object, _articleReads.Object, _unitOfWork.Object, _currentUser.Object, _evictions, _clock);
}
