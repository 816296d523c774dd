using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetFeed;

public sealed class GetFeedQueryHandler(IArticleReadService articles, ICurrentUser currentUser)
    : IRequestHandler<GetFeedQuery, ArticleListDto>
{
    public Task<ArticleListDto> Handle(GetFeedQuery request, CancellationToken cancellationToken) =>
        articles.FeedAsync(currentUser.RequireUserId(), request.ToPageRequest(), cancellationToken);
}
