namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// The system clock cut to whole microseconds, PostgreSQL's timestamp precision, so that a time kept
/// in memory (and returned by a write) equals the one the database stores and later reads return.
/// </summary>
internal sealed class DatabasePrecisionTimeProvider : TimeProvider
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % TicksPerMicrosecond));
    }
}
