using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class CommentRepository(ApplicationDbContext dbContext) : ICommentRepository
{
    public Task<Comment?> FindAsync(Guid articleId, long commentId, CancellationToken cancellationToken) =>
        dbContext.Comments.FirstOrDefaultAsync(comment => comment.Id == commentId && comment.ArticleId == articleId, cancellationToken);

    public Task<Comment?> FindByIdAsync(long commentId, CancellationToken cancellationToken) =>
        dbContext.Comments.FirstOrDefaultAsync(comment => comment.Id == commentId, cancellationToken);

    public void Add(Comment comment) => dbContext.Comments.Add(comment);

    public void Remove(Comment comment) => dbContext.Comments.Remove(comment);
}
