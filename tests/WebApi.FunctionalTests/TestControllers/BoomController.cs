using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.FunctionalTests.TestControllers;

/// <summary>
/// Test-only endpoint that fails the way a bug would, to observe the 500 path. Anonymous so the
/// test needs no token, and declared so it passes the start-up access check like a real controller.
/// </summary>
[ApiController]
[AllowAnonymous]
[Route("test")]
public sealed class BoomController : ControllerBase
{
    public const string SecretDetail = "secret detail";

    [HttpGet("boom")]
    public IActionResult Boom() => throw new InvalidOperationException(SecretDetail);
}
