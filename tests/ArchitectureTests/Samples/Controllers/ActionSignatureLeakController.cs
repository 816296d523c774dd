using CleanBackend.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace CleanBackend.ArchitectureTests.Samples.Controllers;

/// <summary>Broken on purpose: an Npgsql action parameter, and an Infrastructure type as a generic argument of a return type.</summary>
internal sealed class ActionSignatureLeakController : ControllerBase
{
    public IActionResult Open(NpgsqlConnection connection) => connection is null ? NotFound() : Ok();

    public Task<IReadOnlyList<JwtOptions>> Options() => Task.FromResult<IReadOnlyList<JwtOptions>>([]);
}
