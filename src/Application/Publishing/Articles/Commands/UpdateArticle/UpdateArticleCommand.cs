using System.Text.Json.Serialization;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;

/// <summary>A partial update of the article at <see cref="Slug"/>: an absent field is left as it is.</summary>
[Authorize]
public sealed record UpdateArticleCommand : ICommand<ArticleDto>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public string Slug { get; init; } = string.Empty;

    public Optional<string?> Title { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<string?> Body { get; init; }

    /// <summary>Absent keeps the tags, [] clears them, null is invalid.</summary>
    public Optional<IReadOnlyList<string?>?> TagList { get; init; }
}
