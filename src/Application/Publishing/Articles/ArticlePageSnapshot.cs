namespace CleanBackend.Application.Publishing.Articles;

/// <summary>A page of the global list as an anonymous reader sees it (bodies left empty).</summary>
public sealed record ArticlePageSnapshot(IReadOnlyList<ArticleSnapshot> Articles, int ArticlesCount, string? NextCursor);
