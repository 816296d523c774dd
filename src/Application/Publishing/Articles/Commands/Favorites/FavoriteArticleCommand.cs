using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Publishing.Articles.Commands.Favorites;

[Authorize]
public sealed record FavoriteArticleCommand(string Slug) : ICommand<ArticleDto>;
