namespace CleanBackend.Application.Common.Exceptions;

/// <summary>An idempotency key that is not one short string of visible characters; maps to 400.</summary>
public sealed class InvalidIdempotencyKeyException(string rule) : RequestFailedException(rule);
