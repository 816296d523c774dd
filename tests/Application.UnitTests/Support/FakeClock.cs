namespace CleanBackend.Application.UnitTests.Support;

/// <summary>A clock that moves only when a test advances it; wall clock and timestamps move together.</summary>
public sealed class FakeClock : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _utcNow;

    // Not zero, so that code measuring durations must subtract a start timestamp to get them right.
    private long _timestamp = 1_000_000_000;

    public FakeClock()
        : this(DefaultStart)
    {
    }

    public FakeClock(DateTimeOffset start)
    {
        _utcNow = start;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public override long GetTimestamp() => _timestamp;

    public void Advance(TimeSpan duration)
    {
        _utcNow += duration;
        _timestamp += duration.Ticks;
    }
}
