using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;

[Authorize]
public sealed record CreateArticleCommand : ICommand<ArticleDto>
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<string?>? TagList { get; init; }
}
