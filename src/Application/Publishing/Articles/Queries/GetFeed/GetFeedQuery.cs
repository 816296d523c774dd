using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetFeed;

/// <summary>GET /articles/feed: articles by followed authors.</summary>
[Authorize]
public sealed record GetFeedQuery : IQuery<ArticleListDto>
{
    public int? Limit { get; init; }

    public int? Offset { get; init; }

    public string? Cursor { get; init; }
}
