namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// A clock for an API host that moves only when a test advances it, starting at the current whole second,
/// so that tokens it stamps are still current for the real clock that validates them.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _utcNow = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

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
