using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.Publishing.Articles;

internal static class ArticleSlugs
{
    /// <summary>
    /// The slug of the title, or, when another article has it, the same with a short random suffix:
    /// two articles may share a title. The unique index settles the rare race between two writers.
    /// </summary>
    public static async Task<string> UniqueSlugForAsync(
        this IArticleRepository articles,
        string title,
        Guid? exceptArticleId,
        CancellationToken cancellationToken)
    {
        var slug = Slug.FromTitle(title);
        return await articles.IsSlugTakenAsync(slug, exceptArticleId, cancellationToken)
            ? Slug.WithSuffix(slug, Guid.NewGuid().ToString("N")[..8])
            : slug;
    }
}
