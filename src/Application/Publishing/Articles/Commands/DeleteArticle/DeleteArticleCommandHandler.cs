using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.DeleteArticle;

public sealed class DeleteArticleCommandHandler(
    IArticleRepository articles,
    IArticleReadService articleReads,
    ICurrentUser currentUser,
    CacheEvictions cacheEvictions)
    : IRequestHandler<DeleteArticleCommand, Unit>
{
    public async Task<Unit> Handle(DeleteArticleCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var article = await articles.FindBySlugAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");
        if (!article.IsAuthoredBy(userId))
        {
            throw new ForbiddenException("article");
        }

        await articles.RemoveAsync(article, articleReads, cacheEvictions, cancellationToken);
        return Unit.Value;
    }
}
