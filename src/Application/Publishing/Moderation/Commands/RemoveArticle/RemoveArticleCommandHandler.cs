using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using MediatR;

namespace CleanBackend.Application.Publishing.Moderation.Commands.RemoveArticle;

public sealed class RemoveArticleCommandHandler(
    IArticleRepository articles,
    IArticleReadService articleReads,
    IAuditTrail auditTrail,
    CacheEvictions cacheEvictions) : IRequestHandler<RemoveArticleCommand, Unit>
{
    public async Task<Unit> Handle(RemoveArticleCommand request, CancellationToken cancellationToken)
    {
        var article = await articles.FindBySlugAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");
        await articles.RemoveAsync(article, articleReads, cacheEvictions, cancellationToken);
        auditTrail.Record(
            AuditActions.ArticleDeleted,
            AuditTargets.Article,
            article.Id.ToString(),
            new { slug = article.Slug, title = article.Title, authorId = article.AuthorId });
        return Unit.Value;
    }
}
