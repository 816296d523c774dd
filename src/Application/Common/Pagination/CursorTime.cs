namespace CleanBackend.Application.Common.Pagination;

/// <summary>Timestamps in cursors are whole microseconds since the Unix epoch: PostgreSQL's precision.</summary>
internal static class CursorTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static long ToMicroseconds(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond;

    public static bool TryFromMicroseconds(long microseconds, out DateTimeOffset value)
    {
        value = default;
        var maxMicroseconds = (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond;
        if (microseconds < 0 || microseconds > maxMicroseconds)
        {
            return false;
        }

        value = DateTimeOffset.UnixEpoch.AddTicks(microseconds * TicksPerMicrosecond);
        return true;
    }
}
