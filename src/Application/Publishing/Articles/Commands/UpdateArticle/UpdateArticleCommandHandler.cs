using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;

public sealed class UpdateArticleCommandHandler(
    IArticleRepository articles,
    IArticleReadService articleReads,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<UpdateArticleCommand, ArticleDto>
{
    public async Task<ArticleDto> Handle(UpdateArticleCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var article = await articles.FindBySlugAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");
        if (!article.IsAuthoredBy(userId))
        {
            throw new ForbiddenException("article");
        }

        var now = clock.GetUtcNow();
        var previousSlug = article.Slug;
        if (request.Title.HasValue && request.Title.Value != article.Title)
        {
            var slug = await articles.UniqueSlugForAsync(request.Title.Value!, article.Id, cancellationToken);
            article.Retitle(request.Title.Value!, slug, now);
        }

        if (request.Description.HasValue)
        {
            article.Describe(request.Description.Value!, now);
        }

        if (request.Body.HasValue)
        {
            article.Rewrite(request.Body.Value!, now);
        }

        if (request.TagList.HasValue)
        {
            article.Retag(await articles.EnsureTagIdsAsync(TagNames.NormalizeAll(request.TagList.Value!), cancellationToken), now);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        var updated = await articleReads.ReadChangedAsync(cacheEvictions, article.Slug, userId, cancellationToken);
        cacheEvictions.Add([ArticleCacheKeys.Article(previousSlug), ArticleCacheKeys.Tags]);
        return updated;
    }
}
