namespace CleanBackend.Application.Common.Idempotency;

/// <summary>What was kept of the first request made with a key: a fingerprint of the request and its result as JSON.</summary>
public sealed record StoredIdempotentResult(string RequestFingerprint, string ResultJson);
