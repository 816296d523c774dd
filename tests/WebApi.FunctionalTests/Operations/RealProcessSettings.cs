using CleanBackend.TestSupport;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>The environment a real API process runs with: Production, as a deployment configures it.</summary>
public static class RealProcessSettings
{
    /// <summary>Strong, and not the development key (Production refuses that).</summary>
    public const string SigningKey = "real-process-tests-signing-key-of-more-than-32-bytes";

    /// <summary>Production refuses to publish /metrics without one.</summary>
    public const string MetricsToken = "real-process-tests-metrics-token";

    public static Dictionary<string, string> For(TestDatabase database) => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Postgres"] = database.ConnectionString,
        ["ConnectionStrings__Redis"] = TestServers.Redis,
        ["Redis__KeyPrefix"] = $"cleanbackend-process:{Guid.NewGuid():N}:",
        ["Jwt__SigningKey"] = SigningKey,
        ["Newsletters__UnsubscribeSigningKey"] = "real-process-tests-unsubscribe-key-of-more-than-32-bytes",
        ["Hosting__ShutdownTimeout"] = "00:00:20",
        ["Metrics__Token"] = MetricsToken,

        // Request lines stay on, as in production; lifecycle lines help when a test fails.
        ["Serilog__MinimumLevel__Default"] = "Information",
        ["DOTNET_NOLOGO"] = "1",
    };
}
