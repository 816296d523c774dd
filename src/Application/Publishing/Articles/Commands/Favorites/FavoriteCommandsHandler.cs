using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.Favorites;

/// <summary>Favorite and unfavorite: the same lookup, read-back and evictions around the one store call that differs.</summary>
public sealed class FavoriteCommandsHandler(
    IArticleReadService articles,
    IFavoriteStore favorites,
    ICurrentUser currentUser,
    CacheEvictions cacheEvictions,
    TimeProvider clock)
    : IRequestHandler<FavoriteArticleCommand, ArticleDto>, IRequestHandler<UnfavoriteArticleCommand, ArticleDto>
{
    public Task<ArticleDto> Handle(FavoriteArticleCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(
            request.Slug,
            (userId, articleId) => favorites.FavoriteAsync(userId, articleId, clock.GetUtcNow(), cancellationToken),
            cancellationToken);

    public Task<ArticleDto> Handle(UnfavoriteArticleCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(
            request.Slug,
            (userId, articleId) => favorites.UnfavoriteAsync(userId, articleId, cancellationToken),
            cancellationToken);

    private async Task<ArticleDto> ChangeAsync(string slug, Func<Guid, Guid, Task> change, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var articleId = await articles.FindIdAsync(slug, cancellationToken) ?? throw new NotFoundException("article");

        await change(userId, articleId);
        return await articles.ReadChangedAsync(cacheEvictions, slug, userId, cancellationToken);
    }
}
