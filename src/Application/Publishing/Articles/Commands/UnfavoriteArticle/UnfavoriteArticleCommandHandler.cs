using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.UnfavoriteArticle;

public sealed class UnfavoriteArticleCommandHandler(
    IArticleReadService articles,
    IFavoriteStore favorites,
    ICurrentUser currentUser,
    CacheEvictions cacheEvictions) : IRequestHandler<UnfavoriteArticleCommand, ArticleDto>
{
    public async Task<ArticleDto> Handle(UnfavoriteArticleCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var articleId = await articles.FindIdAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");

        await favorites.UnfavoriteAsync(userId, articleId, cancellationToken);
        return await articles.ReadChangedAsync(cacheEvictions, request.Slug, userId, cancellationToken);
    }
}
