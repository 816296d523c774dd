using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

/// <summary>
/// Serves the viewer-independent reads (an article, a first page) from the cache under
/// <see cref="ArticleCacheKeys"/>; the commands that change them evict those keys after their commit.
/// Viewer-dependent reads, and the reads commands make inside their transaction, go to the database.
/// </summary>
internal sealed class CachedArticleReadService(IArticleReadService database, ICacheService cache) : IArticleReadService
{
    public Task<ArticleSnapshot?> FindSnapshotAsync(string slug, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            ArticleCacheKeys.Article(slug),
            cancellation => database.FindSnapshotAsync(slug, cancellation),
            ArticleCacheKeys.Duration,
            cancellationToken);

    public Task<ArticlePageSnapshot> FirstPageSnapshotAsync(string? author, int limit, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            ArticleCacheKeys.FirstPage(author, limit),
            cancellation => database.FirstPageSnapshotAsync(author, limit, cancellation),
            ArticleCacheKeys.Duration,
            cancellationToken);

    public Task<ArticleDto?> FindAsync(string slug, Guid? viewerId, CancellationToken cancellationToken) =>
        database.FindAsync(slug, viewerId, cancellationToken);

    public Task<Guid?> FindIdAsync(string slug, CancellationToken cancellationToken) =>
        database.FindIdAsync(slug, cancellationToken);

    public Task<IReadOnlyList<string>> ListSlugsByAuthorAsync(Guid authorId, CancellationToken cancellationToken) =>
        database.ListSlugsByAuthorAsync(authorId, cancellationToken);

    public Task<ArticleListDto> ListAsync(ArticleFilter filter, PageRequest<Guid> page, Guid? viewerId, CancellationToken cancellationToken) =>
        database.ListAsync(filter, page, viewerId, cancellationToken);

    public Task<ArticleListDto> FeedAsync(Guid viewerId, PageRequest<Guid> page, CancellationToken cancellationToken) =>
        database.FeedAsync(viewerId, page, cancellationToken);
}
