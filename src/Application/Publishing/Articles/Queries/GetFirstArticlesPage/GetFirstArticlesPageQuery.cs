using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetFirstArticlesPage;

/// <summary>
/// The first page of the list, unfiltered (the home page's global feed) or by one author (a profile
/// page), as an anonymous reader sees it; cached per author and page size.
/// </summary>
public sealed record GetFirstArticlesPageQuery(string? Author, int Limit) : IQuery<ArticlePageSnapshot>, ICachedQuery
{
    public string CacheKey => ArticleCacheKeys.FirstPage(Author, Limit);

    public TimeSpan CacheDuration => ArticleCacheKeys.Duration;
}
