namespace CleanBackend.Application.Identity.Sessions;

public static class SecurityStampCacheKeys
{
    /// <summary>The cached stamp of an active user; commands that rotate the stamp or change activity evict it.</summary>
    public static string For(Guid userId) => "identity:sstamp:" + userId.ToString("N");
}
