using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Comments;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class CommentReadService(ApplicationDbContext dbContext) : ICommentReadService
{
    public async Task<CommentListDto> ListAsync(Guid articleId, PageRequest<long> page, Guid? viewerId, CancellationToken cancellationToken)
    {
        if (page.Limit == 0)
        {
            return new CommentListDto();
        }

        var comments = dbContext.Comments.Where(comment => comment.ArticleId == articleId);
        if (page.After is { } after)
        {
            comments = comments.Where(comment => EF.Functions.LessThan(
                ValueTuple.Create(comment.CreatedAt, comment.Id),
                ValueTuple.Create(after.Time, after.Id)));
        }

        var ordered = comments.OrderByDescending(comment => comment.CreatedAt).ThenByDescending(comment => comment.Id);
        // LIMIT next to ORDER BY, before the join: PostgreSQL then walks the index and stops after the page.
        var window = (page.After is null ? ordered.Skip(page.Offset) : ordered).TakePageAndOneMore(page.Limit);
        var rows = await Project(window, viewerId).ToListAsync(cancellationToken);

        var commentPage = rows.ToKeysetPage(page.Limit, CursorLists.Comments, last => new KeysetCursor<long>(last.CreatedAt, last.Id));
        return new CommentListDto { Comments = commentPage.Rows, NextCursor = commentPage.NextCursor };
    }

    public Task<CommentDto?> FindAsync(long commentId, Guid? viewerId, CancellationToken cancellationToken) =>
        Project(dbContext.Comments.Where(comment => comment.Id == commentId), viewerId).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<CommentDto> Project(IQueryable<Comment> comments, Guid? viewerId) =>
        from comment in comments.AsNoTracking()
        join author in dbContext.Users on comment.AuthorId equals author.Id
        select new CommentDto
        {
            Id = comment.Id,
            CreatedAt = comment.CreatedAt,
            UpdatedAt = comment.UpdatedAt,
            Body = comment.Body,
            Author = new ProfileDto
            {
                Username = author.Username,
                Bio = author.Bio,
                Image = author.Image,
                Following = viewerId != null
                    && dbContext.Follows.Any(follow => follow.FollowerId == viewerId && follow.FolloweeId == comment.AuthorId),
            },
        };
}
