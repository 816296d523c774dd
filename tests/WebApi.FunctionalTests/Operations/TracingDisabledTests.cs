using CleanBackend.Application.Common.Behaviours;
using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>Without OTEL_EXPORTER_OTLP_ENDPOINT tracing is off: no provider, nobody listening, no spans made.</summary>
[NonParallelizable]
public sealed class TracingDisabledTests : ApiTestBase
{
    [SetUp]
    public void RequireNoEndpoint() =>
        Assume.That(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"), Is.Null.Or.Empty, "the shared API was started with an OTLP endpoint");

    [Test]
    public void No_tracer_provider_is_registered()
    {
        Assert.That(FunctionalTestEnvironment.Factory.Services.GetService<TracerProvider>(), Is.Null);
    }

    [Test]
    public async Task Requests_create_no_application_spans()
    {
        await Api.RegisterNewAsync(TestAccount.Named($"untraced{Guid.NewGuid():N}"[..20]));

        Assert.That(ApplicationActivitySource.Instance.HasListeners(), Is.False, "nothing listens, so StartActivity returns null and costs nothing");
    }
}
