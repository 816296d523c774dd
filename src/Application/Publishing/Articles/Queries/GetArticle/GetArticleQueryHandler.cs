using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetArticle;

/// <summary>The cached article, plus (for a signed-in viewer) one indexed query for the viewer's flags.</summary>
public sealed class GetArticleQueryHandler(IArticleReadService articles, IViewerRelationsReader relations, ICurrentUser currentUser)
    : IRequestHandler<GetArticleQuery, ArticleDto>
{
    public async Task<ArticleDto> Handle(GetArticleQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await articles.FindSnapshotAsync(request.Slug, cancellationToken)
            ?? throw new NotFoundException("article");
        return snapshot.ForViewer(await relations.RelationsAsync(currentUser.UserId, [snapshot], cancellationToken));
    }
}
