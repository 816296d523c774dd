using CleanBackend.WebApi.FunctionalTests.TestControllers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The real API, in memory, over the real PostgreSQL and Redis, plus the test-only controllers.</summary>
public sealed class CleanBackendApiFactory(string environment, IReadOnlyDictionary<string, string?> settings)
    : WebApplicationFactory<Program>
{
    /// <summary>A host of the Testing environment on the shared database, with <paramref name="overrides"/> on top of the test settings.</summary>
    public static CleanBackendApiFactory Testing(params (string Key, string Value)[] overrides)
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);

        // Program.cs reads the connection strings and JWT settings while it registers services,
        // before Build(). UseSetting values are already in the WebApplicationBuilder's configuration
        // then (and win over appsettings.json); ConfigureAppConfiguration callbacks can run too late.
        // ConfigurationOverrideTests prove the values arrived.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
            services.AddControllers().AddApplicationPart(typeof(BoomController).Assembly));
    }
}
