using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Publishing.Articles.Commands.UnfavoriteArticle;

[Authorize]
public sealed record UnfavoriteArticleCommand(string Slug) : ICommand<ArticleDto>;
