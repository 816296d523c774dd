using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;
using MediatR;

namespace CleanBackend.Application.Publishing.Comments.Commands.AddComment;

public sealed class AddCommentCommandHandler(
    IArticleReadService articles,
    ICommentRepository commentStore,
    ICommentReadService comments,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IRequestHandler<AddCommentCommand, CommentDto>
{
    public async Task<CommentDto> Handle(AddCommentCommand request, CancellationToken cancellationToken)
    {
        var authorId = currentUser.RequireUserId();
        var articleId = await articles.FindIdAsync(request.Slug, cancellationToken) ?? throw new NotFoundException("article");

        var comment = Comment.Write(articleId, authorId, request.Body!, clock.GetUtcNow());
        commentStore.Add(comment);

        // Flushed inside the command's transaction: the database assigns the id the response shows.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await comments.FindAsync(comment.Id, authorId, cancellationToken) ?? throw new NotFoundException("comment");
    }
}
