namespace CleanBackend.Application.Publishing.Abstractions;

/// <summary>Which articles a list shows; every filter that is set must match.</summary>
public sealed record ArticleFilter(string? Tag, string? Author, string? FavoritedBy, string? Search)
{
    public static ArticleFilter None { get; } = new(null, null, null, null);
}
