using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Publishing.Moderation.Commands.RemoveArticle;

/// <summary>DELETE /api/admin/articles/{slug}: a moderator removes anyone's article; the removal is audited.</summary>
[Authorize(Permissions = Permission.ContentModerate)]
public sealed record RemoveArticleCommand(string Slug) : ICommand<Unit>;
