using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Publishing.Abstractions;
using MediatR;

namespace CleanBackend.Application.Publishing.Moderation.Commands.RemoveComment;

public sealed class RemoveCommentCommandHandler(ICommentRepository comments, IAuditTrail auditTrail) : IRequestHandler<RemoveCommentCommand, Unit>
{
    public async Task<Unit> Handle(RemoveCommentCommand request, CancellationToken cancellationToken)
    {
        var comment = await comments.FindByIdAsync(request.Id, cancellationToken) ?? throw new NotFoundException("comment");

        // Comments are never cached (see ADR 8), so removing the row is the whole change.
        comments.Remove(comment);
        auditTrail.Record(
            AuditActions.CommentDeleted,
            AuditTargets.Comment,
            comment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { articleId = comment.ArticleId, authorId = comment.AuthorId, body = comment.Body });
        return Unit.Value;
    }
}
