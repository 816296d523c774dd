using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetArticle;

public sealed class GetArticleQueryHandler(IArticleReadService articles, ICurrentUser currentUser)
    : IRequestHandler<GetArticleQuery, ArticleDto>
{
    public async Task<ArticleDto> Handle(GetArticleQuery request, CancellationToken cancellationToken) =>
        await articles.FindAsync(request.Slug, currentUser.UserId, cancellationToken)
        ?? throw new NotFoundException("article");
}
