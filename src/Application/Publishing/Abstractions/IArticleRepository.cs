using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.Publishing.Abstractions;

public interface IArticleRepository
{
    /// <summary>The article with its tags, tracked for changes; null when no article has the slug.</summary>
    Task<Article?> FindBySlugAsync(string slug, CancellationToken cancellationToken);

    Task<bool> IsSlugTakenAsync(string slug, Guid? exceptArticleId, CancellationToken cancellationToken);

    void Add(Article article);

    void Remove(Article article);
}
