namespace CleanBackend.Application.Identity.Mfa;

public static class MfaCacheKeys
{
    /// <summary>Whether the user has a confirmed second factor; confirming and disabling evict it.</summary>
    public static string EnabledFor(Guid userId) => "identity:mfa:" + userId.ToString("N");
}
