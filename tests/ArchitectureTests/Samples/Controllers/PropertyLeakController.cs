using CleanBackend.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.ArchitectureTests.Samples.Controllers;

/// <summary>Broken on purpose: exposes the Redis connection as a property.</summary>
internal sealed class PropertyLeakController : ControllerBase
{
    public RedisConnection? Cache { get; set; }
}
