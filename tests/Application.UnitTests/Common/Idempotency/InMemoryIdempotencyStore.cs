using CleanBackend.Application.Common.Idempotency;

namespace CleanBackend.Application.UnitTests.Common.Idempotency;

/// <summary>The store's contract without a database: keys a test marks as held are refused, results expire.</summary>
internal sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly Dictionary<(string Scope, string Key), (StoredIdempotentResult Result, DateTimeOffset ExpiresAt)> _results = [];

    public HashSet<(string Scope, string Key)> HeldElsewhere { get; } = [];

    public int Saves { get; private set; }

    public Task<bool> TryTakeAsync(string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(!HeldElsewhere.Contains((scope, key)));

    public Task<StoredIdempotentResult?> FindAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_results.TryGetValue((scope, key), out var stored) && stored.ExpiresAt > now ? stored.Result : null);

    public Task SaveAsync(string scope, string key, StoredIdempotentResult result, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        Saves++;
        _results[(scope, key)] = (result, expiresAt);
        return Task.CompletedTask;
    }
}
