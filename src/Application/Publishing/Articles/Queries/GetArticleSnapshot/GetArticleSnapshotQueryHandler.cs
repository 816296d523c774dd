using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetArticleSnapshot;

public sealed class GetArticleSnapshotQueryHandler(IArticleReadService articles)
    : IRequestHandler<GetArticleSnapshotQuery, ArticleSnapshot?>
{
    public Task<ArticleSnapshot?> Handle(GetArticleSnapshotQuery request, CancellationToken cancellationToken) =>
        articles.FindSnapshotAsync(request.Slug, cancellationToken);
}
