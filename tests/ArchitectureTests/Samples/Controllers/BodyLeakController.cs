using CleanBackend.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace CleanBackend.ArchitectureTests.Samples.Controllers;

/// <summary>
/// Broken on purpose, with clean signatures: Infrastructure is only reached inside method bodies,
/// one of them async (its body is compiled into a nested state machine type).
/// </summary>
internal sealed class BodyLeakController : ControllerBase
{
    public async Task<IActionResult> ConnectionStringLength(IConfiguration configuration)
    {
        await Task.Yield();
        return Ok(Infrastructure.Modules.PlatformModule.BuildPostgresConnectionString(configuration).Length);
    }

    public IActionResult CacheTypeName() => Ok(typeof(RedisConnection).Name);
}
