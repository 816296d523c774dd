using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>
/// The cache is never the source of truth: with Redis unreachable, reads miss and writes are skipped, both
/// with a warning, while an eviction fails loudly because swallowing it could leave stale data behind.
/// </summary>
public sealed class UnreachableRedisTests
{
    private RedisConnection _connection = null!;
    private RecordingLogger<RedisCacheService> _logger = null!;
    private RedisCacheService _cache = null!;

    [SetUp]
    public void CreateCache()
    {
        var options = RedisTestSettings.ForClosedPort();
        _connection = new RedisConnection(RedisTestSettings.ClosedEndpoint, options);
        _logger = new RecordingLogger<RedisCacheService>();
        _cache = new RedisCacheService(_connection, options, new CacheMetrics(new TestMeterFactory()), _logger);
    }

    [TearDown]
    public ValueTask DisposeConnectionAsync() => _connection.DisposeAsync();

    [Test]
    public async Task GetAsync_ReturnsDefaultAndLogsAWarning()
    {
        var cached = await _cache.GetAsync<CachedProfile>("profile:any", CancellationToken.None);

        Assert.That(cached, Is.Null);
        AssertOneWarningWithTheCause();
    }

    [Test]
    public void SetAsync_DoesNotThrowAndLogsAWarning()
    {
        Assert.DoesNotThrowAsync(() =>
            _cache.SetAsync("profile:any", new CachedProfile("any", 0, []), TimeSpan.FromMinutes(1), CancellationToken.None));
        AssertOneWarningWithTheCause();
    }

    [Test]
    public void RemoveAsync_Throws()
    {
        Assert.ThrowsAsync(Is.InstanceOf<RedisException>().Or.InstanceOf<TimeoutException>(),
            () => _cache.RemoveAsync("profile:any", CancellationToken.None));
    }

    private void AssertOneWarningWithTheCause()
    {
        Assert.That(_logger.Entries, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_logger.Entries[0].Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(_logger.Entries[0].Exception, Is.Not.Null);
            Assert.That(_logger.Entries[0].Message, Does.Contain("profile:any"), "the warning should name the key");
        }
    }
}
