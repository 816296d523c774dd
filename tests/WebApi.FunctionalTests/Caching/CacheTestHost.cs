using CleanBackend.Infrastructure.Caching;
using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.WebApi.FunctionalTests.Caching;

/// <summary>
/// One API instance of the cache tests' own, started at once. Several built from the same settings are
/// replicas of one deployment: same database, same Redis and key prefix, each with its own memory.
/// </summary>
public sealed class CacheTestHost : IAsyncDisposable
{
    private readonly CleanBackendApiFactory _factory;

    private CacheTestHost(CleanBackendApiFactory factory)
    {
        _factory = factory;
        Api = new ConduitContentApi(new ConduitApiClient(factory.CreateClient()));
    }

    public ConduitContentApi Api { get; }

    /// <summary>This instance's first cache level, to check that it really holds what a test reads.</summary>
    public MemoryCacheLayer Memory => _factory.Services.GetRequiredService<MemoryCacheLayer>();

    /// <summary>Whether this instance's Redis client is connected now (it reconnects in the background).</summary>
    public bool RedisConnected => _factory.Services.GetRequiredService<RedisConnection>().IsConnected;

    public string KeyPrefix => _factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RedisOptions>>().Value.KeyPrefix;

    public static CacheTestHost Start(IReadOnlyDictionary<string, string?> settings) =>
        new(new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings));

    public async ValueTask DisposeAsync()
    {
        Api.Identity.Dispose();
        await _factory.DisposeAsync();
    }
}
