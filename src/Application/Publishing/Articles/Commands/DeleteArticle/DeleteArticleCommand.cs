using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.DeleteArticle;

/// <summary>Deletes an article with its comments, favorites and tag links; only its author may.</summary>
[Authorize]
public sealed record DeleteArticleCommand(string Slug) : ICommand<Unit>;
