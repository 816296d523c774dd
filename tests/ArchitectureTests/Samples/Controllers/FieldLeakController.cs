using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.ArchitectureTests.Samples.Controllers;

/// <summary>Broken on purpose: holds an EF Core DbContext in a field.</summary>
internal sealed class FieldLeakController : ControllerBase
{
    // Only reflection looks at this field; it exists to be found.
#pragma warning disable CS0169
    private readonly DbContext? _database;
#pragma warning restore CS0169
}
