namespace CleanBackend.Application.Common.Exceptions;

/// <summary>An idempotency key sent again with a different request than the first one made with it; maps to 422.</summary>
public sealed class IdempotencyKeyReusedException()
    : RequestFailedException("The Idempotency-Key was already used for a different request.");
