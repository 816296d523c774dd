using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Publishing.Comments.Commands.DeleteComment;

public sealed class DeleteCommentCommandHandler(
    IArticleReadService articles,
    ICommentRepository comments,
    ICurrentUser currentUser) : IRequestHandler<DeleteCommentCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCommentCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var articleId = await articles.FindIdAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");
        var comment = await comments.FindAsync(articleId, request.Id, cancellationToken) ?? throw new NotFoundException("comment");

        if (!comment.MayBeDeletedBy(userId, currentUser.HasPermission(Permission.ContentModerate)))
        {
            throw new ForbiddenException("comment");
        }

        comments.Remove(comment);
        return Unit.Value;
    }
}
