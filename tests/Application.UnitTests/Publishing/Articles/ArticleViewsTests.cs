using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.UnitTests.Support;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles;

/// <summary>One cached snapshot serves every viewer: what one viewer sees must never leak into it.</summary>
public class ArticleViewsTests
{
    private static readonly Guid AuthorId = Guid.Parse("a2b3c4d5-e6f7-4809-91a2-b3c4d5e6f708");

    [Test]
    public void ForViewer_SameSnapshotForTwoViewers_GivesEachTheirOwnFlags()
    {
        var snapshot = TestSnapshots.Article(TestArticles.Slug, AuthorId);
        var fan = new ViewerRelations(new HashSet<Guid> { snapshot.Id }, new HashSet<Guid> { AuthorId });

        var seenByFan = snapshot.ForViewer(fan);
        var seenByStranger = snapshot.ForViewer(ViewerRelations.None);
        var seenByFanAgain = snapshot.ForViewer(fan);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seenByFan.Favorited, Is.True);
            Assert.That(seenByFan.Author.Following, Is.True);
            Assert.That(seenByStranger.Favorited, Is.False);
            Assert.That(seenByStranger.Author.Following, Is.False);
            Assert.That(seenByFanAgain.Favorited, Is.True, "the stranger's view must not have reset the snapshot");
        }
    }

    [Test]
    public void ForViewer_NeverModifiesOrHandsOutTheCachedObjects()
    {
        var snapshot = TestSnapshots.Article(TestArticles.Slug, AuthorId);
        var cachedArticle = snapshot.Article;
        var cachedAuthor = cachedArticle.Author;

        var view = snapshot.ForViewer(new ViewerRelations(new HashSet<Guid> { snapshot.Id }, new HashSet<Guid> { AuthorId }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view, Is.Not.SameAs(cachedArticle));
            Assert.That(view.Author, Is.Not.SameAs(cachedAuthor));
            Assert.That(snapshot.Article, Is.SameAs(cachedArticle));
            Assert.That(cachedArticle.Favorited, Is.False);
            Assert.That(cachedAuthor.Following, Is.False);
            Assert.That(view.FavoritesCount, Is.EqualTo(cachedArticle.FavoritesCount));
        }
    }

    [Test]
    public void ForViewer_RelationsOfOtherArticlesAndAuthors_SetNoFlag()
    {
        var snapshot = TestSnapshots.Article(TestArticles.Slug, AuthorId);

        var view = snapshot.ForViewer(new ViewerRelations(new HashSet<Guid> { Guid.NewGuid() }, new HashSet<Guid> { Guid.NewGuid() }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view.Favorited, Is.False);
            Assert.That(view.Author.Following, Is.False);
        }
    }

    [Test]
    public async Task RelationsAsync_ForAnonymousViewerOrNoArticles_QueriesNothing()
    {
        var reader = new Mock<IViewerRelationsReader>(MockBehavior.Strict);
        var snapshot = TestSnapshots.Article(TestArticles.Slug, AuthorId);

        var anonymous = await reader.Object.RelationsAsync(null, [snapshot], CancellationToken.None);
        var empty = await reader.Object.RelationsAsync(Guid.NewGuid(), [], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(anonymous.FavoritedArticleIds, Is.Empty);
            Assert.That(anonymous.FollowedAuthorIds, Is.Empty);
            Assert.That(empty.FavoritedArticleIds, Is.Empty);
        }
    }
}
