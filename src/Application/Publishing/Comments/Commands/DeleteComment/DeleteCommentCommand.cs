using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.Publishing.Comments.Commands.DeleteComment;

[Authorize]
public sealed record DeleteCommentCommand(string Slug, long Id) : ICommand<Unit>;
