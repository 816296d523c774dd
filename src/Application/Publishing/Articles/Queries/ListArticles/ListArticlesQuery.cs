using CleanBackend.Application.Common.Messaging;

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

    public string? Cursor { get; init; }
}
