using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Moderation.Commands.RemoveArticle;
using CleanBackend.Application.Publishing.Moderation.Commands.RemoveComment;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Publishing;
using Moq;

namespace CleanBackend.Application.UnitTests.Publishing.Moderation;

public class ModerationHandlerTests
{
    private RecordingAuditTrail _audit = null!;
    private CacheEvictions _evictions = null!;

    [SetUp]
    public void SetUp()
    {
        _audit = new RecordingAuditTrail();
        _evictions = new CacheEvictions();
    }

    [Test]
    public async Task RemoveArticle_RemovesItEvictsWhatTheAuthorsDeleteWouldAndAudits()
    {
        var article = Article.Publish(Guid.NewGuid(), "spam", "Spam", "Buy now", "Cheap", [], FakeClock.DefaultStart);
        var articles = new Mock<IArticleRepository>();
        articles.Setup(repository => repository.FindBySlugAsync("spam", It.IsAny<CancellationToken>())).ReturnsAsync(article);
        var reads = new Mock<IArticleReadService>();
        reads.Setup(service => service.FindAsync("spam", null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ArticleDto { Slug = "spam", Author = new ProfileDto { Username = "spammer" } });

        await new RemoveArticleCommandHandler(articles.Object, reads.Object, _audit, _evictions)
            .Handle(new RemoveArticleCommand("spam"), CancellationToken.None);

        articles.Verify(repository => repository.Remove(article));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_evictions.Drain(), Is.EquivalentTo(ArticleCacheKeys.ArticleChanged("spam", "spammer").Append(ArticleCacheKeys.Tags)));
            Assert.That(_audit.Entries.Single().Action, Is.EqualTo(AuditActions.ArticleDeleted));
            Assert.That(_audit.Entries.Single().TargetType, Is.EqualTo(AuditTargets.Article));
            Assert.That(_audit.Entries.Single().TargetId, Is.EqualTo(article.Id.ToString()));
            Assert.That(_audit.Entries.Single().Details, Does.Contain("\"slug\":\"spam\""));
        }
    }

    [Test]
    public void RemoveArticle_UnknownSlug_IsNotFoundAndAuditsNothing()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => new RemoveArticleCommandHandler(new Mock<IArticleRepository>().Object, new Mock<IArticleReadService>().Object, _audit, _evictions)
                .Handle(new RemoveArticleCommand("nope"), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Resource, Is.EqualTo("article"));
            Assert.That(_audit.Entries, Is.Empty);
        }
    }

    [Test]
    public async Task RemoveComment_RemovesItByIdAloneAndAudits()
    {
        var comment = Comment.Write(Guid.NewGuid(), Guid.NewGuid(), "Rude", FakeClock.DefaultStart);
        var comments = new Mock<ICommentRepository>();
        comments.Setup(repository => repository.FindByIdAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync(comment);

        await new RemoveCommentCommandHandler(comments.Object, _audit).Handle(new RemoveCommentCommand(7), CancellationToken.None);

        comments.Verify(repository => repository.Remove(comment));
        Assert.That(_audit.Entries.Single().Action, Is.EqualTo(AuditActions.CommentDeleted));
    }

    [Test]
    public void RemoveComment_UnknownId_IsNotFound()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            () => new RemoveCommentCommandHandler(new Mock<ICommentRepository>().Object, _audit).Handle(new RemoveCommentCommand(7), CancellationToken.None));

        Assert.That(exception.Resource, Is.EqualTo("comment"));
    }
}
