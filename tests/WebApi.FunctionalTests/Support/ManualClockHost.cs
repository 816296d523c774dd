using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>An API host of its own (jobs off) on the shared database whose clock only the test moves, with a client.</summary>
public sealed class ManualClockHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _host;

    public ManualClockHost()
    {
        _host = FunctionalTestEnvironment.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jobs:Enabled", "false");
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        });
        Api = new ConduitApiClient(_host.CreateClient());
    }

    public ManualClock Clock { get; } = new();

    public ConduitApiClient Api { get; }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await _host.DisposeAsync();
    }
}
