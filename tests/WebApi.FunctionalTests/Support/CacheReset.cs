using CleanBackend.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// Empties a host's cache (its memory level and its Redis keys): a database reset bypasses the
/// commands that would have evicted what the previous test cached.
/// </summary>
public static class CacheReset
{
    private const string DeleteByPattern = """
        local keys = redis.call('keys', ARGV[1])
        for i = 1, #keys do redis.call('del', keys[i]) end
        return #keys
        """;

    public static async Task ClearCacheAsync<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class
    {
        var services = factory.Services;
        services.GetRequiredService<MemoryCacheLayer>().Clear();
        var prefix = services.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix;
        var database = await services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        await database.ScriptEvaluateAsync(DeleteByPattern, null, [prefix + "*"]);
    }
}
