using CleanBackend.TestSupport;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>Every HTTP test starts from an empty database (reference data kept), an empty cache and a fresh client.</summary>
public abstract class ApiTestBase
{
    private ConduitApiClient? _api;

    protected static TestDatabase Database => FunctionalTestEnvironment.Database;

    protected ConduitApiClient Api => _api ?? throw new InvalidOperationException("The client is created in SetUp.");

    [SetUp]
    public async Task ResetDatabaseAndCreateClientAsync()
    {
        await Database.ResetAsync();
        await FunctionalTestEnvironment.Factory.ClearCacheAsync();
        _api = new ConduitApiClient(FunctionalTestEnvironment.Factory.CreateClient());
    }

    [TearDown]
    public void DisposeClient()
    {
        _api?.Dispose();
        _api = null;
    }
}
