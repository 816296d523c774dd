namespace CleanBackend.Application.Publishing.Abstractions;

/// <summary>Which of some articles a viewer favorited and which of their authors the viewer follows.</summary>
public sealed record ViewerRelations(IReadOnlySet<Guid> FavoritedArticleIds, IReadOnlySet<Guid> FollowedAuthorIds)
{
    public static ViewerRelations None { get; } = new(new HashSet<Guid>(), new HashSet<Guid>());
}
