namespace CleanBackend.TestSupport;

/// <summary>
/// Where the real PostgreSQL and Redis used by the tests are. scripts/test.sh starts local ones and
/// sets these variables; the defaults match scripts/services.sh so tests also run from an IDE.
/// </summary>
public static class TestServers
{
    public static string Postgres { get; } =
        Environment.GetEnvironmentVariable("CLEANBACKEND_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=cleanbackend-dev";

    public static string Redis { get; } =
        Environment.GetEnvironmentVariable("CLEANBACKEND_TEST_REDIS") ?? "127.0.0.1:56379";
}
