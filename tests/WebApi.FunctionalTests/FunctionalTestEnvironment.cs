using CleanBackend.TestSupport;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests;

/// <summary>
/// One migrated database and one running API for the whole assembly: starting the host and
/// migrating are the slow parts, and every test starts from an emptied database anyway.
/// </summary>
[SetUpFixture]
public sealed class FunctionalTestEnvironment
{
    // Unique to this run, so that neither the integration tests (running in parallel) nor another
    // checkout's run on the same server ever share it; it is dropped at the end.
    private static readonly string DatabaseName = $"cleanbackend_functional_{Guid.NewGuid():N}"[..32];

    private static TestDatabase? _database;
    private static CleanBackendApiFactory? _factory;

    public static TestDatabase Database =>
        _database ?? throw new InvalidOperationException("The functional test environment has not been set up.");

    public static CleanBackendApiFactory Factory =>
        _factory ?? throw new InvalidOperationException("The functional test environment has not been set up.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync(DatabaseName);
        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, TestHostSettings.For(_database.ConnectionString));

        // Start the host here so that a broken start-up fails once, clearly, instead of in every test.
        _factory.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        if (_database is not null)
        {
            await _database.DropAsync();
            _database = null;
        }
    }
}
