namespace CleanBackend.Infrastructure.Caching;

/// <summary>What a guarded Redis call gave: its result when it succeeded, the error that failed it if there was one.</summary>
internal readonly record struct RedisCallResult<TResult>(RedisCallOutcome Outcome, TResult? Value, Exception? Error);
