using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Comments;

namespace CleanBackend.Application.Publishing.Abstractions;

public interface ICommentReadService
{
    Task<CommentListDto> ListAsync(Guid articleId, PageRequest<long> page, Guid? viewerId, CancellationToken cancellationToken);

    Task<CommentDto?> FindAsync(long commentId, Guid? viewerId, CancellationToken cancellationToken);
}
