namespace CleanBackend.Application.Common.Idempotency;

/// <summary>The idempotency key the caller sent with the current request (the transport's concern: a header).</summary>
public interface IIdempotencyContext
{
    /// <summary>The key, or null when the request carries none.</summary>
    string? Key { get; }

    /// <summary>Tells the caller that the answer is the stored result of an earlier request with the same key.</summary>
    void MarkReplayed();
}
