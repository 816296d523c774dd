namespace CleanBackend.Application.Publishing.Articles;

/// <summary>A page of articles: <see cref="ArticlesCount"/> counts every match, not just this page.</summary>
public sealed class ArticleListDto
{
    public IReadOnlyList<ArticleSummaryDto> Articles { get; init; } = [];

    public int ArticlesCount { get; init; }

    /// <summary>Opaque; pass it as <c>cursor</c> for the next page. Null on the last page.</summary>
    public string? NextCursor { get; init; }
}
