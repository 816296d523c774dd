using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles.EventHandlers;
using CleanBackend.Domain.Identity.Events;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.EventHandlers;

/// <summary>Cached articles and pages embed their author's profile: a profile change must evict them.</summary>
public class EvictArticlesOnUserProfileChangedTests
{
    private static readonly Guid AuthorId = Guid.Parse("b3c4d5e6-f708-491a-a2b3-c4d5e6f70819");

    [Test]
    public async Task Handle_ProfileChange_EvictsTheAuthorsArticlesAndTheFirstPagesUnderBothNames()
    {
        var articles = new Mock<IArticleReadService>();
        articles.Setup(reads => reads.ListSlugsByAuthorAsync(AuthorId, It.IsAny<CancellationToken>())).ReturnsAsync(["first", "second"]);
        var evictions = new CacheEvictions();
        var changed = new UserProfileChanged(AuthorId, "Jake", "Jacob", DateTimeOffset.UnixEpoch);

        await new EvictArticlesOnUserProfileChanged(articles.Object, evictions)
            .Handle(new DomainEventNotification<UserProfileChanged>(changed), CancellationToken.None);
        var evicted = evictions.Drain();

        Assert.That(evicted, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(evicted, Does.Contain("article:first").And.Contain("article:second"));
            Assert.That(evicted, Does.Contain("articles:first-page:20"));
            Assert.That(evicted, Does.Contain("articles:by:jake:first-page:20").And.Contain("articles:by:jacob:first-page:20"));
            Assert.That(evicted, Is.Unique);
        }
    }
}
