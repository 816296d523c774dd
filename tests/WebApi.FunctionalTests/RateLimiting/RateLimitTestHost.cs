using CleanBackend.Infrastructure.Caching;
using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.WebApi.FunctionalTests.RateLimiting;

/// <summary>
/// An API instance of the rate-limit tests' own, with real limits (a window of an hour, so no window ends during
/// a test). Several started from the same settings are replicas of one deployment: same Redis and key prefix.
/// </summary>
public sealed class RateLimitTestHost : IAsyncDisposable
{
    private readonly CleanBackendApiFactory _factory;
    private readonly WebApplicationFactory<Program> _host;
    private readonly List<ConduitApiClient> _clients = [];

    private RateLimitTestHost(IReadOnlyDictionary<string, string?> settings)
    {
        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _host = _factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>()));
    }

    /// <summary>Whether this instance's Redis client is connected now.</summary>
    public bool RedisConnected => _host.Services.GetRequiredService<RedisConnection>().IsConnected;

    /// <summary>Settings with <paramref name="authenticationLimit"/> and <paramref name="writeLimit"/> per hour, on <paramref name="redis"/>.</summary>
    public static Dictionary<string, string?> Settings(string postgres, int authenticationLimit, int writeLimit, string? redis = null)
    {
        var settings = TestHostSettings.For(postgres);
        settings["RateLimiting:Authentication:PermitLimit"] = authenticationLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:Authentication:Window"] = "01:00:00";
        settings["RateLimiting:Writes:PermitLimit"] = writeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:Writes:Window"] = "01:00:00";
        if (redis is not null)
        {
            settings["ConnectionStrings:Redis"] = redis;
        }

        return settings;
    }

    public static RateLimitTestHost Start(IReadOnlyDictionary<string, string?> settings) => new(settings);

    /// <summary>A client whose requests come from <paramref name="address"/>.</summary>
    public ConduitApiClient ClientFrom(string address)
    {
        var http = _host.CreateClient();
        http.DefaultRequestHeaders.Add(ClientAddressFromHeader.HeaderName, address);
        var client = new ConduitApiClient(http);
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await _host.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
