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
