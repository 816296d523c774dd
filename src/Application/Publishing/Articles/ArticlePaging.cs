using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Articles.Queries.GetFeed;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;

namespace CleanBackend.Application.Publishing.Articles;

internal static class ArticlePaging
{
    public static PageRequest<Guid> ToPageRequest(this ListArticlesQuery query) => new(PageLimits.Effective(query.Limit), query.Offset ?? 0, query.After);

    public static PageRequest<Guid> ToPageRequest(this GetFeedQuery query) => new(PageLimits.Effective(query.Limit), query.Offset ?? 0, query.After);
}
