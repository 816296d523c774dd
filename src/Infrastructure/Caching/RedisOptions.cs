using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Infrastructure.Caching;

public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>Prepended to every key so that several deployments (or test runs) can share one server.</summary>
    public string KeyPrefix { get; set; } = "cleanbackend:";

    /// <summary>How long one cache call may wait; a slow cache must not make the API slower than no cache.</summary>
    [Range(1, int.MaxValue)]
    public int OperationTimeoutMilliseconds { get; set; } = 250;

    [Range(1, int.MaxValue)]
    public int ConnectTimeoutMilliseconds { get; set; } = 2000;
}
