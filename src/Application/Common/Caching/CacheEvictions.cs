namespace CleanBackend.Application.Common.Caching;

/// <summary>
/// The cache keys a command's changes make stale. Handlers add to it; the transaction behaviour
/// evicts them only after the commit, so no reader can re-cache the old data in between.
/// </summary>
public sealed class CacheEvictions
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public void Add(params IEnumerable<string> keys) => _keys.UnionWith(keys);

    public IReadOnlyCollection<string> Drain()
    {
        var keys = _keys.ToArray();
        _keys.Clear();
        return keys;
    }
}
