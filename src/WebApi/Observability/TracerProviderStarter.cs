using OpenTelemetry.Trace;

namespace CleanBackend.WebApi.Observability;

/// <summary>
/// Creates the tracer provider when the host starts (so spans are captured from the first request);
/// the container disposes it at shutdown, which flushes the spans still queued.
/// </summary>
public sealed class TracerProviderStarter(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<TracerProvider>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
