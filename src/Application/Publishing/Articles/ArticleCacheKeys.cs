using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.Publishing.Articles;

public static class ArticleCacheKeys
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    public const string Tags = "tags";

    public static string Article(string slug) => "article:" + slug;

    /// <summary>The first page of the unfiltered list, one entry per page size.</summary>
    public static string FirstPage(int limit) => "articles:first-page:" + limit;

    /// <summary>Every first-page key: any article change may alter all of them.</summary>
    public static IEnumerable<string> AllFirstPages() => Enumerable.Range(0, PageLimits.MaxLimit + 1).Select(FirstPage);
}
