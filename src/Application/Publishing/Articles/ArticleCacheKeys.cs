using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Identity.Contracts;

namespace CleanBackend.Application.Publishing.Articles;

public static class ArticleCacheKeys
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    public const string Tags = "tags";

    public static string Article(string slug) => "article:" + slug;

    /// <summary>The first page of the list, unfiltered or by one author, one entry per page size.</summary>
    public static string FirstPage(string? author, int limit) =>
        author is null ? $"articles:first-page:{limit}" : $"articles:by:{Usernames.Normalize(author)}:first-page:{limit}";

    /// <summary>Every first page an article by <paramref name="author"/> can appear on: the global ones and the author's.</summary>
    public static IEnumerable<string> FirstPagesShowing(string author) =>
        Enumerable.Range(0, PageLimits.MaxLimit + 1).SelectMany(limit => new[] { FirstPage(null, limit), FirstPage(author, limit) });

    /// <summary>What a change to one article (its content, tags or favorites) makes stale.</summary>
    public static IEnumerable<string> ArticleChanged(string slug, string author) => [Article(slug), .. FirstPagesShowing(author)];
}
