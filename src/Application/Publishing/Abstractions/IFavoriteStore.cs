namespace CleanBackend.Application.Publishing.Abstractions;

/// <summary>
/// Favorites and the article's favorites count change together and atomically, so concurrent
/// favorites never lose an update; favoriting twice or unfavoriting a stranger changes nothing.
/// </summary>
public interface IFavoriteStore
{
    Task FavoriteAsync(Guid userId, Guid articleId, DateTimeOffset now, CancellationToken cancellationToken);

    Task UnfavoriteAsync(Guid userId, Guid articleId, CancellationToken cancellationToken);
}
