using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Articles;

namespace CleanBackend.Application.Publishing.Abstractions;

/// <summary>Article reads as the viewer sees them (favorited, following); null viewer means anonymous.</summary>
public interface IArticleReadService
{
    Task<ArticleDto?> FindAsync(string slug, Guid? viewerId, CancellationToken cancellationToken);

    Task<Guid?> FindIdAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The article as an anonymous reader sees it; served from the cache (<see cref="ArticleCacheKeys.Article"/>).</summary>
    Task<ArticleSnapshot?> FindSnapshotAsync(string slug, CancellationToken cancellationToken);

    /// <summary>
    /// The first page of the list, unfiltered or by one author, as an anonymous reader sees it; served from
    /// the cache (<see cref="ArticleCacheKeys.FirstPage"/>), so only for <see cref="ArticleCacheKeys.CachedPageSizes"/>.
    /// </summary>
    Task<ArticlePageSnapshot> FirstPageSnapshotAsync(string? author, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListSlugsByAuthorAsync(Guid authorId, CancellationToken cancellationToken);

    Task<ArticleListDto> ListAsync(ArticleFilter filter, PageRequest<Guid> page, Guid? viewerId, CancellationToken cancellationToken);

    /// <summary>Articles by the authors the viewer follows, newest first.</summary>
    Task<ArticleListDto> FeedAsync(Guid viewerId, PageRequest<Guid> page, CancellationToken cancellationToken);
}
