using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Publishing.Abstractions;

namespace CleanBackend.Application.Publishing.Articles;

internal static class ChangedArticles
{
    /// <summary>
    /// The article a command changed, as <paramref name="viewerId"/> sees it (read inside the command's
    /// transaction, so with the change), and its cache entries marked stale for after the commit.
    /// </summary>
    public static async Task<ArticleDto> ReadChangedAsync(
        this IArticleReadService articles,
        CacheEvictions cacheEvictions,
        string slug,
        Guid? viewerId,
        CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(slug, viewerId, cancellationToken) ?? throw new NotFoundException("article");
        cacheEvictions.Add(ArticleCacheKeys.ArticleChanged(article.Slug, article.Author.Username));
        return article;
    }
}
