using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetFeed;

/// <summary>GET /articles/feed: articles by followed authors.</summary>
[Authorize]
public sealed record GetFeedQuery : IQuery<ArticleListDto>
{
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
