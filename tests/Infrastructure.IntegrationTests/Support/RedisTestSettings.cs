using CleanBackend.Infrastructure.Caching;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

internal static class RedisTestSettings
{
    /// <summary>Port 1 (tcpmux) is not served on a development machine or CI runner: connections are refused at once.</summary>
    public const string ClosedEndpoint = "127.0.0.1:1";

    /// <summary>
    /// For the running server. The cache swallows timeouts, so the production default (250 ms) could turn a
    /// busy CI machine into a false cache miss; a call to a server that hangs still ends within this.
    /// </summary>
    public const int RunningServerTimeoutMilliseconds = 5_000;

    public static IOptions<RedisOptions> ForRunningServer() => Create(RunningServerTimeoutMilliseconds);

    /// <summary>For <see cref="ClosedEndpoint"/>: refusals are immediate, short limits keep any retry short too.</summary>
    public static IOptions<RedisOptions> ForClosedPort() => Create(200);

    /// <summary>A prefix no other run or assembly uses, so tests sharing the server never see each other's keys.</summary>
    public static string UniqueKeyPrefix() => $"it:{Guid.NewGuid():N}:";

    private static IOptions<RedisOptions> Create(int timeoutMilliseconds) => Options.Create(new RedisOptions
    {
        KeyPrefix = UniqueKeyPrefix(),
        ConnectTimeoutMilliseconds = timeoutMilliseconds,
        OperationTimeoutMilliseconds = timeoutMilliseconds,
    });
}
