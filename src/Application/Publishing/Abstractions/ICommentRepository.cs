using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.Publishing.Abstractions;

public interface ICommentRepository
{
    Task<Comment?> FindAsync(Guid articleId, long commentId, CancellationToken cancellationToken);

    /// <summary>The comment with this id on whichever article, tracked for changes.</summary>
    Task<Comment?> FindByIdAsync(long commentId, CancellationToken cancellationToken);

    void Add(Comment comment);

    void Remove(Comment comment);
}
