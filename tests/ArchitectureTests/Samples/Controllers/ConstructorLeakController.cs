using CleanBackend.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.ArchitectureTests.Samples.Controllers;

/// <summary>Broken on purpose: injects an Infrastructure class (only the constructor signature names it).</summary>
internal sealed class ConstructorLeakController : ControllerBase
{
    public ConstructorLeakController(DatabaseMigrator migrator)
    {
        _ = migrator;
    }
}
