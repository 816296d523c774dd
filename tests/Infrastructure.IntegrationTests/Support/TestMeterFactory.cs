using System.Diagnostics.Metrics;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>Creates real meters for code under test that is built without a service container.</summary>
public sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(meter => meter.Dispose());
}
