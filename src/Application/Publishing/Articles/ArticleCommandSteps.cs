using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.Publishing.Articles;

/// <summary>The steps the commands that change an article share (create, update, favorite, delete, a moderator's removal).</summary>
internal static class ArticleCommandSteps
{
    /// <summary>
    /// The slug of the title, or, when another article has it, the same with a short random suffix:
    /// two articles may share a title. The unique index settles the rare race between two writers.
    /// </summary>
    public static async Task<string> UniqueSlugForAsync(
        this IArticleRepository articles,
        string title,
        Guid? exceptArticleId,
        CancellationToken cancellationToken)
    {
        var slug = Slug.FromTitle(title);
        return await articles.IsSlugTakenAsync(slug, exceptArticleId, cancellationToken)
            ? Slug.WithSuffix(slug, Guid.NewGuid().ToString("N")[..8])
            : slug;
    }

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
