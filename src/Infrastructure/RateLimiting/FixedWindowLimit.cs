namespace CleanBackend.Infrastructure.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> and partition (one client address, one user).</summary>
public sealed class FixedWindowLimit
{
    public int PermitLimit { get; set; } = 1;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
