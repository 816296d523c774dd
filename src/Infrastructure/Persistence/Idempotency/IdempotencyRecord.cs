namespace CleanBackend.Infrastructure.Persistence.Idempotency;

/// <summary>
/// The stored result of the first idempotent command a caller sent with a key. Only written by the hand-written
/// statements of <see cref="PostgresIdempotencyStore"/>; mapped so that the model (and the drift check) know the table.
/// </summary>
internal sealed class IdempotencyRecord
{
    /// <summary>Whose key it is: the caller's user id, so one caller's keys never meet another's.</summary>
    public string Scope { get; private set; } = string.Empty;

    public string Key { get; private set; } = string.Empty;

    /// <summary>SHA-256 (hex) of the request's kind and content, to refuse the key's reuse for another request.</summary>
    public string RequestFingerprint { get; private set; } = string.Empty;

    /// <summary>The command's result as JSON, exactly as it was serialised (text, not jsonb, so it is kept byte for byte).</summary>
    public string ResultJson { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
