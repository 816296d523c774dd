using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Publishing.Articles;

/// <summary>Turns cached, viewer-independent snapshots into what one viewer sees. Cached objects are never modified.</summary>
internal static class ArticleViews
{
    public static async Task<ViewerRelations> RelationsAsync(
        this IViewerRelationsReader reader,
        Guid? viewerId,
        IReadOnlyCollection<ArticleSnapshot> snapshots,
        CancellationToken cancellationToken) =>
        viewerId is { } viewer && snapshots.Count > 0
            ? await reader.ReadAsync(viewer, snapshots.Select(s => s.Id).ToList(), snapshots.Select(s => s.AuthorId).Distinct().ToList(), cancellationToken)
            : ViewerRelations.None;

    public static ArticleDto ForViewer(this ArticleSnapshot snapshot, ViewerRelations relations)
    {
        var article = snapshot.Article;
        return new ArticleDto
        {
            Slug = article.Slug,
            Title = article.Title,
            Description = article.Description,
            Body = article.Body,
            TagList = article.TagList,
            CreatedAt = article.CreatedAt,
            UpdatedAt = article.UpdatedAt,
            Favorited = relations.FavoritedArticleIds.Contains(snapshot.Id),
            FavoritesCount = article.FavoritesCount,
            Author = new ProfileDto
            {
                Username = article.Author.Username,
                Bio = article.Author.Bio,
                Image = article.Author.Image,
                Following = relations.FollowedAuthorIds.Contains(snapshot.AuthorId),
            },
        };
    }
}
