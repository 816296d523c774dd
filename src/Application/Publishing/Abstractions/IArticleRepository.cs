using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.Publishing.Abstractions;

/// <summary>The article aggregate's store: articles with their tag links, and the tags those links name.</summary>
public interface IArticleRepository
{
    /// <summary>The article with its tags, tracked for changes; null when no article has the slug.</summary>
    Task<Article?> FindBySlugAsync(string slug, CancellationToken cancellationToken);

    Task<bool> IsSlugTakenAsync(string slug, Guid? exceptArticleId, CancellationToken cancellationToken);

    /// <summary>The ids of the named tags, creating the ones that do not exist yet (safely under concurrency).</summary>
    Task<IReadOnlyList<int>> EnsureTagIdsAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken);

    /// <summary>
    /// The author's profile as it appears on their own article (so not following: nobody follows themselves);
    /// null when no user has the id.
    /// </summary>
    Task<ProfileDto?> FindAuthorAsync(Guid authorId, CancellationToken cancellationToken);

    void Add(Article article);

    void Remove(Article article);
}
