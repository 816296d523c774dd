namespace CleanBackend.Application.Common.Idempotency;

/// <summary>
/// The results of idempotent commands by (caller, key). Used inside the command's transaction, so a stored result
/// commits or rolls back together with the change it describes.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Takes the key for the rest of the current transaction, without waiting: false when another request (on any
    /// instance) holds it, that is, while the first request with this key is still running.
    /// </summary>
    Task<bool> TryTakeAsync(string scope, string key, CancellationToken cancellationToken);

    /// <summary>The result stored for the key and not yet expired at <paramref name="now"/>; null when there is none.</summary>
    Task<StoredIdempotentResult?> FindAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stores the result with the command's other changes; a stored result that has expired is replaced.</summary>
    Task SaveAsync(string scope, string key, StoredIdempotentResult result, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
