using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.FunctionalTests.TestControllers;

/// <summary>
/// A controller that forgets to declare access on one action, fed to the start-up check to show it
/// catches that. [NonController] keeps MVC from publishing it, since the test assembly is an
/// application part of the test host (the check itself ignores the attribute).
/// </summary>
[NonController]
public sealed class UndeclaredAccessController : ControllerBase
{
    public IActionResult Undeclared() => Ok();

    [AllowAnonymous]
    public IActionResult DeclaredAnonymous() => Ok();

    [Authorize]
    public IActionResult DeclaredAuthorized() => Ok();
}
