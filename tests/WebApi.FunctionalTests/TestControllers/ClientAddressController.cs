using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.FunctionalTests.TestControllers;

/// <summary>Test-only endpoint showing whom and over what scheme the API believes it is talking to, after forwarded headers.</summary>
[ApiController]
[AllowAnonymous]
[Route("test/client")]
public sealed class ClientAddressController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Ok(new { remoteIp = HttpContext.Connection.RemoteIpAddress?.ToString(), scheme = Request.Scheme });
}
