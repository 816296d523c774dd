using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.Publishing.Articles.Queries.ListArticles;

/// <summary>GET /articles: bound from the query string.</summary>
public sealed record ListArticlesQuery : IQuery<ArticleListDto>
{
    public string? Tag { get; init; }

    public string? Author { get; init; }

    /// <summary>The username whose favorites to list.</summary>
    public string? Favorited { get; init; }

    /// <summary>Full-text search words; results are ranked, then newest first.</summary>
    public string? Q { get; init; }

    public int? Limit { get; init; }

    public int? Offset { get; init; }

    public string? Cursor
    {
        get;
        init
        {
            field = value;
            After = CursorLists.Articles.TryDecode(value, out var after) ? after : null;
        }
    }

    /// <summary>Where the page starts, decoded from <see cref="Cursor"/> once; null without one or when it is invalid (which the validator refuses).</summary>
    internal KeysetCursor<Guid>? After { get; private init; }
}
