using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Articles.Queries.GetFeed;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;

namespace CleanBackend.Application.Publishing.Articles;

internal static class ArticlePaging
{
    public static PageRequest<ArticleCursor> ToPageRequest(this ListArticlesQuery query) =>
        Create(query.Limit, query.Offset, query.Cursor);

    public static PageRequest<ArticleCursor> ToPageRequest(this GetFeedQuery query) =>
        Create(query.Limit, query.Offset, query.Cursor);

    // The validator has already rejected a cursor that does not decode.
    private static PageRequest<ArticleCursor> Create(int? limit, int? offset, string? cursor) =>
        new(
            PageLimits.Effective(limit),
            offset ?? 0,
            ArticleCursor.TryDecode(cursor, out var after) ? after : null);
}
