using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetFirstArticlesPage;

/// <summary>The first page of the unfiltered list (the home page's "global feed"), cached per page size.</summary>
public sealed record GetFirstArticlesPageQuery(int Limit) : IQuery<ArticlePageSnapshot>, ICachedQuery
{
    public string CacheKey => ArticleCacheKeys.FirstPage(Limit);

    public TimeSpan CacheDuration => ArticleCacheKeys.Duration;
}
