using CleanBackend.TestSupport;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The configuration the API under test runs with.</summary>
public static class TestHostSettings
{
    public const string TestingEnvironment = "Testing";

    /// <summary>
    /// A key of more than 32 bytes that is deliberately not the development key, so the tests
    /// exercise the same key checks as a real deployment.
    /// </summary>
    public const string SigningKey = "functional-tests-signing-key-with-more-than-32-bytes";

    /// <summary>Likewise not the development key of the unsubscribe links.</summary>
    public const string UnsubscribeSigningKey = "functional-tests-unsubscribe-key-with-more-than-32-bytes";

    public const string Issuer = "CleanBackend";

    public const string Audience = "CleanBackend";

    /// <summary>
    /// Settings for a host on <paramref name="postgresConnectionString"/>. Each call gets a fresh
    /// Redis key prefix so that this run never reads keys written by another run or assembly.
    /// </summary>
    public static Dictionary<string, string?> For(string postgresConnectionString) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["ConnectionStrings:Postgres"] = postgresConnectionString,
        ["ConnectionStrings:Redis"] = TestServers.Redis,
        ["Redis:KeyPrefix"] = $"cleanbackend-functional:{Guid.NewGuid():N}:",
        ["Jwt:SigningKey"] = SigningKey,
        ["Jwt:Issuer"] = Issuer,
        ["Jwt:Audience"] = Audience,
        ["Newsletters:UnsubscribeSigningKey"] = UnsubscribeSigningKey,
        ["Newsletters:PublicBaseUrl"] = "http://localhost",
        ["Notifications:AccountLinks:PasswordResetUrl"] = "http://localhost/reset-password",
        ["Notifications:AccountLinks:EmailVerificationUrl"] = "http://localhost/verify-email",

        // The newsletter tests register their readers through the API and do not verify them; the policy's own
        // tests (EmailVerificationTests) turn it on as the default has it.
        ["Identity:EmailVerification:NewslettersRequireVerifiedEmail"] = "false",

        // Mail goes to the shared sink of scripts/services.sh; the scheduler looks for work every second.
        ["Smtp:Host"] = TestServers.SmtpHost,
        ["Smtp:Port"] = TestServers.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:FromAddress"] = "no-reply@cleanbackend.test",
        ["Jobs:InstanceName"] = $"functional-{Guid.NewGuid():N}",
        ["Jobs:IdleWaitTime"] = "00:00:01",
        ["Jobs:ClusterCheckinInterval"] = "00:00:01",
        ["Jobs:CheckinMisfireThreshold"] = "00:00:03",

        // Hundreds of registrations and logins come from one in-process client in a few minutes: limits far above
        // that, so the limiter still runs on every write without ever refusing one. The rate-limit tests set real ones.
        ["RateLimiting:Authentication:PermitLimit"] = "1000000",
        ["RateLimiting:Writes:PermitLimit"] = "1000000",

        // The fixture migrates with TestDatabase before the host starts.
        ["Database:MigrateOnStartup"] = "false",
        ["Swagger:Enabled"] = "true",

        // Request lines at Information level would bury the test output; failures still show.
        // The scalar form, not MinimumLevel:Default: WebApplicationFactory passes each setting on
        // together with its parent sections as empty values, so "Serilog:MinimumLevel" would arrive
        // as "" and Serilog would reject that as a level.
        ["Serilog:MinimumLevel"] = "Warning",
    };
}
