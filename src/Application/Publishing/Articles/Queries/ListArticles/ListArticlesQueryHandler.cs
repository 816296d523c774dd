using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Queries.ListArticles;

public sealed class ListArticlesQueryHandler(
    IArticleReadService articles,
    IViewerRelationsReader relations,
    ICurrentUser currentUser) : IRequestHandler<ListArticlesQuery, ArticleListDto>
{
    public async Task<ArticleListDto> Handle(ListArticlesQuery request, CancellationToken cancellationToken)
    {
        var filter = new ArticleFilter(Blank(request.Tag), Blank(request.Author), Blank(request.Favorited), Blank(request.Q));
        var page = request.ToPageRequest();

        // The first page, unfiltered (every visitor's home page) or by one author (a profile page), in
        // the page sizes front ends use, comes from the cache.
        if (filter with { Author = null } == ArticleFilter.None && page is { Offset: 0, After: null }
            && ArticleCacheKeys.CachedPageSizes.Contains(page.Limit))
        {
            var snapshot = await articles.FirstPageSnapshotAsync(filter.Author, page.Limit, cancellationToken);
            var viewer = await relations.RelationsAsync(currentUser.UserId, snapshot.Articles, cancellationToken);
            return new ArticleListDto
            {
                Articles = snapshot.Articles.Select(article => article.ForViewer(viewer)).ToList(),
                ArticlesCount = snapshot.ArticlesCount,
                NextCursor = snapshot.NextCursor,
            };
        }

        return await articles.ListAsync(filter, page, currentUser.UserId, cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
