using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.Publishing.Articles;

internal static class ArticleRemoval
{
    /// <summary>
    /// Removes the article (its comments, favorites and tag links go with it) and marks what it
    /// appeared in stale: its own entry, the first pages showing it, and the tag list.
    /// </summary>
    public static async Task RemoveAsync(
        this IArticleRepository articles,
        Article article,
        IArticleReadService articleReads,
        CacheEvictions cacheEvictions,
        CancellationToken cancellationToken)
    {
        // Read before the removal: the cache keys name the author.
        await articleReads.ReadChangedAsync(cacheEvictions, article.Slug, viewerId: null, cancellationToken);
        articles.Remove(article);
        cacheEvictions.Add(ArticleCacheKeys.Tags);
    }
}
