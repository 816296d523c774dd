using CleanBackend.Application.Identity.Contracts;

namespace CleanBackend.Application.Publishing.Articles;

public static class ArticleCacheKeys
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    public const string Tags = "tags";

    /// <summary>
    /// The page sizes whose first pages are cached: the ones Conduit front ends ask for (10 on most,
    /// 20 the API's default). Caching every size would make each article change evict 200 keys.
    /// </summary>
    public static IReadOnlyList<int> CachedPageSizes { get; } = [10, 20];

    public static string Article(string slug) => "article:" + slug;

    /// <summary>The first page of the list, unfiltered or by one author, one entry per page size.</summary>
    public static string FirstPage(string? author, int limit) =>
        author is null ? $"articles:first-page:{limit}" : $"articles:by:{Usernames.Normalize(author)}:first-page:{limit}";

    /// <summary>Every cached first page an article by <paramref name="author"/> can appear on: the global ones and the author's.</summary>
    public static IEnumerable<string> FirstPagesShowing(string author) =>
        CachedPageSizes.SelectMany(limit => new[] { FirstPage(null, limit), FirstPage(author, limit) });

    /// <summary>What a change to one article (its content, tags or favorites) makes stale.</summary>
    public static IEnumerable<string> ArticleChanged(string slug, string author) => [Article(slug), .. FirstPagesShowing(author)];
}
