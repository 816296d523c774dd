using System.Text.Json;
using CleanBackend.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.Caching;

internal sealed class RedisCacheService(
    RedisConnection connection,
    IOptions<RedisOptions> options,
    CacheMetrics metrics,
    ILogger<RedisCacheService> logger) : ICacheService
{
    private const string CacheName = "redis";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public async Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken)
    {
        try
        {
            var database = await connection.GetDatabaseAsync();
            var value = await database.StringGetAsync(Key(key)).WaitAsync(cancellationToken);
            metrics.Record(CacheName, value.IsNull ? CacheMetrics.Miss : CacheMetrics.Hit);
            return value.IsNull ? default : JsonSerializer.Deserialize<T>((byte[])value!, SerializerOptions);
        }
        catch (Exception exception) when (IsCacheFailure(exception))
        {
            metrics.Record(CacheName, CacheMetrics.Error);
            logger.LogWarning(exception, "Cache read of {CacheKey} failed; treating it as a miss", key);
            return default;
        }
    }

    public async Task SetAsync<T>(string key, T value, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        try
        {
            var database = await connection.GetDatabaseAsync();
            var payload = JsonSerializer.SerializeToUtf8Bytes(value, SerializerOptions);
            await database.StringSetAsync(Key(key), payload, timeToLive).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (IsCacheFailure(exception))
        {
            logger.LogWarning(exception, "Cache write of {CacheKey} failed; the value will be loaded again next time", key);
        }
    }

    /// <summary>Unlike a failed read or write, a failed eviction could leave stale data behind, so it is not swallowed.</summary>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync();
        await database.KeyDeleteAsync(Key(key)).WaitAsync(cancellationToken);
    }

    private static bool IsCacheFailure(Exception exception) =>
        exception is RedisException or TimeoutException or JsonException;

    private RedisKey Key(string key) => options.Value.KeyPrefix + key;
}
