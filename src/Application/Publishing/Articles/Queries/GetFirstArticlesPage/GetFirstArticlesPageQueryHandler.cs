using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetFirstArticlesPage;

public sealed class GetFirstArticlesPageQueryHandler(IArticleReadService articles)
    : IRequestHandler<GetFirstArticlesPageQuery, ArticlePageSnapshot>
{
    public Task<ArticlePageSnapshot> Handle(GetFirstArticlesPageQuery request, CancellationToken cancellationToken) =>
        articles.FirstPageSnapshotAsync(request.Author, request.Limit, cancellationToken);
}
