using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>Kestrel limits and the shutdown timeout come from configuration (the in-memory host still binds them).</summary>
public sealed class KestrelOptionsTests
{
    [Test]
    public async Task Kestrel_limits_and_the_shutdown_timeout_are_read_from_configuration()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        settings["Kestrel:Limits:MaxRequestBodySize"] = "1234";
        settings["Kestrel:Limits:MaxRequestHeaderCount"] = "17";
        settings["Kestrel:Limits:KeepAliveTimeout"] = "00:00:42";
        settings["Hosting:ShutdownTimeout"] = "00:00:07";
        await using var factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);

        var kestrel = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        var host = factory.Services.GetRequiredService<IOptions<HostOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(kestrel.Limits.MaxRequestBodySize, Is.EqualTo(1234));
            Assert.That(kestrel.Limits.MaxRequestHeaderCount, Is.EqualTo(17));
            Assert.That(kestrel.Limits.KeepAliveTimeout, Is.EqualTo(TimeSpan.FromSeconds(42)));
            Assert.That(host.ShutdownTimeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
        }
    }

    [Test]
    public void Without_overrides_the_values_of_appsettings_json_apply()
    {
        var services = FunctionalTestEnvironment.Factory.Services;

        var kestrel = services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        var host = services.GetRequiredService<IOptions<HostOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(kestrel.Limits.MaxRequestBodySize, Is.EqualTo(1_048_576));
            Assert.That(kestrel.Limits.MaxRequestHeaderCount, Is.EqualTo(64));
            Assert.That(kestrel.Limits.MaxRequestHeadersTotalSize, Is.EqualTo(32_768));
            Assert.That(kestrel.Limits.RequestHeadersTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(host.ShutdownTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        }
    }
}
