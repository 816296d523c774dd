namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>A clock that moves only when a test advances it, for code whose behaviour depends on elapsed time.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _utcNow = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _utcNow;
        }
    }

    public void Advance(TimeSpan duration)
    {
        lock (_gate)
        {
            _utcNow += duration;
        }
    }
}
