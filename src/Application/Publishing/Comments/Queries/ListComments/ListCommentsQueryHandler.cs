using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Comments.Queries.ListComments;

public sealed class ListCommentsQueryHandler(
    IArticleReadService articles,
    ICommentReadService comments,
    ICurrentUser currentUser) : IRequestHandler<ListCommentsQuery, CommentListDto>
{
    public async Task<CommentListDto> Handle(ListCommentsQuery request, CancellationToken cancellationToken)
    {
        var articleId = await articles.FindIdAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");
        var page = new PageRequest<long>(
            PageLimits.Effective(request.Limit ?? PageLimits.MaxLimit),
            request.Offset ?? 0,
            request.After);
        return await comments.ListAsync(articleId, page, currentUser.UserId, cancellationToken);
    }
}
