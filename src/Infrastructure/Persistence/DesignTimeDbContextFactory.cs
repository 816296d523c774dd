using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// How <c>dotnet ef</c> builds the context, with this project as its startup project: the API's host (and with it
/// the Design package in the API's output) is not needed. Adding a migration or checking for pending model changes
/// never connects; <c>dotnet ef database update</c> uses <c>ConnectionStrings__Postgres</c> when it is set.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    // The development default of scripts/services.sh (never a deployed database).
    private const string LocalDevelopmentDatabase = "Host=127.0.0.1;Port=55432;Database=cleanbackend;Username=postgres;Password=cleanbackend-dev";

    public ApplicationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseApplicationDatabase(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? LocalDevelopmentDatabase)
            .Options);
}
