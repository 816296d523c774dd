namespace CleanBackend.Application.Publishing.Abstractions;

public interface IViewerRelationsReader
{
    /// <summary>One indexed query, whatever the number of articles: the per-viewer part of cached pages.</summary>
    Task<ViewerRelations> ReadAsync(
        Guid viewerId,
        IReadOnlyCollection<Guid> articleIds,
        IReadOnlyCollection<Guid> authorIds,
        CancellationToken cancellationToken);
}
