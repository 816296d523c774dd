using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
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

    private FakeClock _clock = null!;
    private Mock<IArticleRepository> _articles = null!;
    private Mock<ICurrentUser> _currentUser = null!;
    private CacheEvictions _evictions = null!;
    private Article? _added;
    private ProfileDto? _author;

    [SetUp]
    public void SetUp()
    {
        _added = null;
        _author = new ProfileDto { Username = "Jake", Bio = "I work at statefarm", Image = "https://example.test/jake.png" };
        _evictions = new CacheEvictions();
        _clock = new FakeClock();
        _articles = new Mock<IArticleRepository>();
        _articles.Setup(articles => articles.Add(It.IsAny<Article>())).Callback((Article article) => _added = article);
        _articles
            .Setup(articles => articles.EnsureTagIdsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyCollection<string> names, CancellationToken _) => names.Select(name => TagIds[name]).ToList());
        _articles.Setup(articles => articles.FindAuthorAsync(AuthorId, It.IsAny<CancellationToken>())).ReturnsAsync(() => _author);
        _currentUser = TestCallers.SignedIn(AuthorId);
    }

    [Test]
    public async Task Handle_TagList_EnsuresTheNormalizedTagsAndLinksTheirIds()
    {
        await Handler().Handle(Command, CancellationToken.None);

        _articles.Verify(
            articles => articles.EnsureTagIdsAsync(It.Is<IReadOnlyCollection<string>>(names => names.SequenceEqual(new[] { "dragons", "training" })), It.IsAny<CancellationToken>()),
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
    public async Task Handle_Command_AnswersWithTheArticleAsItsAuthorSeesItWithoutReadingItBack()
    {
        var dto = await Handler().Handle(Command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Slug, Is.EqualTo(_added!.Slug));
            Assert.That(dto.Title, Is.EqualTo("How to train your dragon"));
            Assert.That(dto.Description, Is.EqualTo("Ever wonder how?"));
            Assert.That(dto.Body, Is.EqualTo("You have to believe"));
            Assert.That(dto.TagList, Is.EqualTo(new[] { "dragons", "training" }), "normalised, alphabetical, as reads list them");
            Assert.That(dto.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(dto.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(dto.Favorited, Is.False);
            Assert.That(dto.FavoritesCount, Is.Zero);
            Assert.That(dto.Author, Is.SameAs(_author));
            Assert.That(dto.Author.Following, Is.False);
        }
    }

    [Test]
    public void Handle_CallerNoLongerExists_ThrowsNotFoundAndAddsNothing()
    {
        _author = null;

        var failure = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(failure!.Resource, Is.EqualTo("user"));
        Assert.That(_added, Is.Null);
        Assert.That(_evictions.Drain(), Is.Empty);
    }

    [Test]
    public void Handle_AnonymousCaller_ThrowsUnauthorizedAndAddsNothing()
    {
        _currentUser = TestCallers.Anonymous();

        Assert.ThrowsAsync<UnauthorizedException>(() => Handler().Handle(Command, CancellationToken.None));

        Assert.That(_added, Is.Null);
        Assert.That(_evictions.Drain(), Is.Empty);
    }

    [Test]
    public async Task Handle_Command_EvictsTheArticleTheFirstPagesOfItsAuthorAndTheTags()
    {
        await Handler().Handle(Command, CancellationToken.None);

        var evicted = _evictions.Drain();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(evicted, Is.EquivalentTo(ArticleCacheKeys.ArticleChanged("how-to-train-your-dragon", "Jake").Append(ArticleCacheKeys.Tags)));
            Assert.That(evicted, Does.Contain("article:how-to-train-your-dragon"));
            Assert.That(evicted, Does.Contain("articles:first-page:10").And.Contain("articles:first-page:20"));
            Assert.That(evicted, Does.Contain("articles:by:jake:first-page:20"), "the author's profile page lists the new article");
            Assert.That(evicted, Does.Contain("tags"), "the article may bring new tags");
        }
    }

    private CreateArticleCommandHandler Handler() =>
        new(_articles.Object, _currentUser.Object, _evictions, _clock);
}
