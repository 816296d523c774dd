using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Publishing.Moderation.Commands.RemoveComment;

/// <summary>DELETE /api/admin/comments/{id}: a moderator removes anyone's comment by its id alone; the removal is audited.</summary>
[Authorize(Permissions = Permission.ContentModerate)]
public sealed record RemoveCommentCommand(long Id) : ICommand<Unit>;
