using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Queries.ListArticles;

public sealed class ListArticlesQueryHandler(IArticleReadService articles, ICurrentUser currentUser)
    : IRequestHandler<ListArticlesQuery, ArticleListDto>
{
    public Task<ArticleListDto> Handle(ListArticlesQuery request, CancellationToken cancellationToken)
    {
        var filter = new ArticleFilter(
            Blank(request.Tag),
            Blank(request.Author),
            Blank(request.Favorited),
            Blank(request.Q));
        return articles.ListAsync(filter, request.ToPageRequest(), currentUser.UserId, cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
