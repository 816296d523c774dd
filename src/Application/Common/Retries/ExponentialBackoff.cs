namespace CleanBackend.Application.Common.Retries;

/// <summary>The one retry schedule of the mail senders: base × 2^(attempts − 1), capped.</summary>
public static class ExponentialBackoff
{
    // 2^30 already dwarfs any sensible cap; clamping keeps the factor finite.
    private const int MaxExponent = 30;

    /// <summary>
    /// <paramref name="baseDelay"/> × 2^(<paramref name="attempts"/> − 1), at most <paramref name="maxDelay"/>.
    /// Capped in ticks before converting, so a large base cannot overflow <see cref="TimeSpan"/>.
    /// </summary>
    public static TimeSpan Delay(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, MaxExponent));
        return TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, maxDelay.Ticks));
    }
}
