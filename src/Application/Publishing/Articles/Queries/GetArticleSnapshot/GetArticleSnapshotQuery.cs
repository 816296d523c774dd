using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetArticleSnapshot;

/// <summary>The viewer-independent article, cached; null when no article has the slug.</summary>
public sealed record GetArticleSnapshotQuery(string Slug) : IQuery<ArticleSnapshot?>, ICachedQuery
{
    public string CacheKey => ArticleCacheKeys.Article(Slug);

    public TimeSpan CacheDuration => ArticleCacheKeys.Duration;
}
