namespace CleanBackend.Application.Publishing.Articles;

/// <summary>The Conduit "article" object.</summary>
public sealed class ArticleDto : ArticleSummaryDto
{
    public string Body { get; init; } = string.Empty;
}
