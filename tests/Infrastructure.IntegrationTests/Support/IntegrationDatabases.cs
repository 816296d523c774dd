using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// Names and creates this assembly's databases. The "cleanbackend_it_" prefix keeps them apart from
/// the functional tests' databases; the per-run suffix keeps two runs of this assembly (an IDE and a
/// solution-wide <c>dotnet test</c>, say) from dropping each other's databases.
/// </summary>
internal static class IntegrationDatabases
{
    private const string Prefix = "cleanbackend_it_";

    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];

    public static Task<TestDatabase> CreateEmptyAsync(string purpose) => TestDatabase.CreateEmptyAsync(Name(purpose));

    public static Task<TestDatabase> CreateMigratedAsync(string purpose) => TestDatabase.CreateMigratedAsync(Name(purpose));

    private static string Name(string purpose) => $"{Prefix}{purpose}_{RunId}";
}
