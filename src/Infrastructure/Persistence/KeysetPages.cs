using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// The tail every keyset-paged read shares: it asks for one row more than the page, and that extra row
/// only tells whether another page follows, whose cursor is then the position of the page's last row.
/// </summary>
internal static class KeysetPages
{
    /// <summary>The page's rows and one more; to be applied to the ordered query, next to its ORDER BY.</summary>
    public static IQueryable<T> TakePageAndOneMore<T>(this IQueryable<T> ordered, int limit) => ordered.Take(limit + 1);

    /// <summary>The first <paramref name="limit"/> of the rows read, and the cursor after them if more were there.</summary>
    public static KeysetPage<T> ToKeysetPage<T, TId>(this List<T> rows, int limit, CursorList<TId> cursors, Func<T, KeysetCursor<TId>> positionOf)
        where TId : struct
    {
        var hasMore = rows.Count > limit && limit > 0;
        var pageRows = rows.Count > limit ? rows.GetRange(0, limit) : rows;
        return new KeysetPage<T>(pageRows, hasMore ? cursors.Encode(positionOf(pageRows[^1])) : null);
    }
}

/// <summary>One page of rows and the cursor of the next page, null on the last one.</summary>
internal sealed record KeysetPage<T>(List<T> Rows, string? NextCursor);
