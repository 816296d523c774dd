using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.FavoriteArticle;

public sealed class FavoriteArticleCommandHandler(
    IArticleReadService articles,
    IFavoriteStore favorites,
    ICurrentUser currentUser,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<FavoriteArticleCommand, ArticleDto>
{
    public async Task<ArticleDto> Handle(FavoriteArticleCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var articleId = await articles.FindIdAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");

        await favorites.FavoriteAsync(userId, articleId, clock.GetUtcNow(), cancellationToken);
        return await articles.ReadChangedAsync(cacheEvictions, request.Slug, userId, cancellationToken);
    }
}
