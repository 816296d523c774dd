namespace CleanBackend.Application.Common.Pagination;

public static class PageLimits
{
    public const int DefaultLimit = 20;

    /// <summary>Larger requested limits are lowered to this, not refused.</summary>
    public const int MaxLimit = 100;

    public static int Effective(int? requested) => Math.Min(requested ?? DefaultLimit, MaxLimit);
}
